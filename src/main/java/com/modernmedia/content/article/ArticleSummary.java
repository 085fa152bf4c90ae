package com.modernmedia.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.model.Timestamps;
import com.modernmedia.content.model.TopicRef;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Represents(ContentKind.ARTICLE)
@Schema(name = "ArticleSummary", description = "An article as lists show it")
public record ArticleSummary(
        @Schema(examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") UUID id,
        @Schema(examples = "soleimani-and-the-united-states-worked-together-to-beat-isis") String slug,
        @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") String headline,
        @Schema(description = "The standfirst under the headline", examples = "Washington’s most wanted Iranian commander was, at times, its most useful one.", nullable = true) String dek,
        @Schema(nullable = true) ImageView heroImage,
        @Schema(description = "The byline, in order") List<PersonSummary> authors,
        @Schema(description = "Topics, most relevant first") List<TopicRef> topics,
        @Schema(description = "When it went (or goes) public; null while it is a draft, which only editors see",
                examples = "2025-01-03T08:30:00Z", nullable = true) Instant publishedAt,
        @Schema(examples = "2025-01-04T11:10:00Z") Instant updatedAt,
        @Schema(examples = "5") int readingTimeMinutes,
        @Schema(description = "People quoted or mentioned; only with include=people")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ArticlePersonView> people) {

    /** Words a reader reads in a minute, for the reading time. */
    static final int WORDS_PER_MINUTE = 230;

    public static ArticleSummary from(Article article) {
        return from(article, false, Audience.PUBLIC);
    }

    /** For a partner, without a hero image that is not cleared for syndication. */
    public static ArticleSummary from(Article article, boolean withPeople, Audience audience) {
        return new ArticleSummary(article.id, article.slug, article.headline, article.dek,
                Syndication.shown(article.heroImage, audience),
                article.authors.stream().map(PersonSummary::from).toList(),
                article.topics.stream().map(TopicRef::from).toList(),
                Timestamps.seconds(article.publishedAt), Timestamps.seconds(article.updatedAt), readingTimeMinutes(article.wordCount),
                withPeople ? article.people.stream().map(ArticlePersonView::from).toList() : null);
    }

    static int readingTimeMinutes(int wordCount) {
        return Math.max(1, (wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
