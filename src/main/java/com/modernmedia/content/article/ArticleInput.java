package com.modernmedia.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.model.PersonRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as editors write it (POST, PUT; PATCH merges into it). The body
 * comes as blocks, as Markdown or as HTML: one of the three.
 */
@Schema(name = "ArticleInput", description = "An article as editors write it. Send the body as blocks (body), "
        + "Markdown (bodyMarkdown) or HTML (bodyHtml); Markdown and HTML are sanitized and turned into blocks. "
        + "In Markdown an image is ![alt](image:<image id>).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleInput(
        @Schema(description = "Made from the headline when absent", nullable = true,
                examples = "soleimani-and-the-united-states-worked-together-to-beat-isis")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters and digits joined by single hyphens")
        @Size(max = 200) String slug,
        @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") @NotBlank @Size(max = 300) String headline,
        @Schema(nullable = true, examples = "Washington’s most wanted Iranian commander was, at times, its most useful one.")
        @Size(max = 600) String dek,
        @Schema(description = "When it goes (or went) public; a future time makes publish schedule it", nullable = true,
                examples = "2025-01-03T08:30:00Z") Instant publishedAt,
        @Schema(nullable = true, examples = "61ae79be-1887-4e67-8068-974e89845ff8") UUID heroImageId,
        @Schema(description = "The body as blocks", nullable = true) @Size(max = 1000) List<@Valid @NotNull BodyBlock> body,
        @Schema(description = "The body as Markdown", nullable = true,
                examples = "Few Americans knew his name.\\n\\n> The world is more dangerous.\\n> — Arshin Adib-Moghaddam")
        @Size(max = 500000) String bodyMarkdown,
        @Schema(description = "The body as HTML", nullable = true, examples = "<p>Few Americans knew his name.</p>")
        @Size(max = 500000) String bodyHtml,
        @Schema(description = "The byline, in order") @Size(max = 20) List<@NotNull UUID> authorIds,
        @Schema(description = "Topics, most relevant first") @Size(max = 30) List<@NotNull UUID> topicIds,
        @Schema(description = "People quoted or mentioned") @Size(max = 200) List<@Valid @NotNull PersonInput> people,
        @Schema(description = "Related articles, in order") @Size(max = 20) List<@NotNull UUID> relatedIds,
        @Schema(nullable = true) @Valid CallToAction callToAction,
        @Schema(description = "Syndication rights; absent: open to every partner", nullable = true) @Valid Syndication syndication) {

    @Schema(name = "ArticlePersonInput", description = "A person in the article and how they stand in it")
    public record PersonInput(
            @Schema(examples = "05f364a4-5416-429f-b25c-1b85da5c3ddc") @NotNull UUID personId,
            @Schema(examples = "quoted", enumeration = {"quoted", "mentioned"}) @NotNull PersonRole role,
            @Schema(description = "Title given in this article", nullable = true, examples = "world politics professor")
            @Size(max = 300) String title,
            @Schema(description = "Affiliation given in this article", nullable = true, examples = "SOAS University of London")
            @Size(max = 300) String affiliation) {
    }

    /** The current state of an article as input, the base a merge patch applies to. */
    static ArticleInput from(Article article, List<BodyBlock> body, CallToAction callToAction) {
        return new ArticleInput(article.slug, article.headline, article.dek, article.publishedAt,
                article.heroImage == null ? null : article.heroImage.id, body, null, null,
                article.authors.stream().map(p -> p.id).toList(),
                article.topics.stream().map(t -> t.id).toList(),
                article.people.stream().map(p -> new PersonInput(p.person.id, p.role, p.title, p.affiliation)).toList(),
                article.related.stream().map(r -> r.id).toList(),
                callToAction, Syndication.of(article));
    }

    ArticleInput withoutBlocks() {
        return new ArticleInput(slug, headline, dek, publishedAt, heroImageId, null, bodyMarkdown, bodyHtml, authorIds,
                topicIds, people, relatedIds, callToAction, syndication);
    }
}
