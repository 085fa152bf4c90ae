package com.modernmedia.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.model.TopicRef;
import com.modernmedia.content.quote.QuoteView;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import com.modernmedia.content.shared.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Represents(ContentKind.ARTICLE)
@Schema(name = "Article", description = "A whole article, everything a page needs to render it. "
        + "The body comes as blocks (format=blocks, the default), as HTML (bodyHtml) or as plain text (bodyText).")
public record ArticleDetail(
        @Schema(examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") UUID id,
        @Schema(examples = "soleimani-and-the-united-states-worked-together-to-beat-isis") String slug,
        @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") String headline,
        @Schema(examples = "Washington’s most wanted Iranian commander was, at times, its most useful one.", nullable = true) String dek,
        @Schema(nullable = true) ImageView heroImage,
        @Schema(description = "The byline, in order") List<PersonSummary> authors,
        @Schema(description = "Topics, most relevant first") List<TopicRef> topics,
        @Schema(description = "People quoted (under the title they were quoted under) and mentioned") List<ArticlePersonView> people,
        @Schema(description = "The quotes in the article, in reading order") List<QuoteView> quotes,
        @Schema(description = "The images of the body, in reading order") List<ImageView> images,
        @Schema(description = "Body blocks; with format=blocks")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<BodyBlock> body,
        @Schema(description = "Body as escaped, well-formed HTML; with format=html", examples = "<p>Few Americans knew the general's name.</p>")
        @JsonInclude(JsonInclude.Include.NON_NULL) String bodyHtml,
        @Schema(description = "Body as plain text, blocks a blank line apart; with format=text")
        @JsonInclude(JsonInclude.Include.NON_NULL) String bodyText,
        @Schema(description = "Related stories that are published, in editorial order") List<ArticleSummary> related,
        @Schema(nullable = true) CallToAction callToAction,
        @Schema(examples = "1130") int wordCount,
        @Schema(examples = "5") int readingTimeMinutes,
        @Schema(description = "Revision number, raised by every edit; the ETag carries it for If-Match", examples = "3") int revision,
        @Schema(description = "draft, scheduled, published or unpublished; the public sees only published",
                examples = "published", enumeration = {"draft", "scheduled", "published", "unpublished"}) String status,
        @Schema(description = "When it went (or goes) public; null while it is a draft, which only editors see",
                examples = "2025-01-03T08:30:00Z", nullable = true) Instant publishedAt,
        @Schema(examples = "2025-01-04T11:10:00Z") Instant updatedAt,
        @Schema(description = "Syndication rights: only for editors' keys")
        @JsonInclude(JsonInclude.Include.NON_NULL) Syndication syndication,
        @Schema(description = "Only for a partner whose rights give it a teaser of this article: true, and the body, its "
                + "images and the quotes are empty", readOnly = true, examples = "true")
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean textWithheld) implements Versioned {
}
