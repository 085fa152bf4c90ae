package com.modernmedia.content.model;

import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Represents(ContentKind.ARTICLE)
@Schema(name = "ArticleRef", description = "The article something stands in")
public record ArticleRef(
        @Schema(examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") UUID id,
        @Schema(examples = "soleimani-and-the-united-states-worked-together-to-beat-isis") String slug,
        @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") String headline,
        @Schema(description = "Null while the article is a draft, which only editors see",
                examples = "2025-01-03T08:30:00Z", nullable = true) Instant publishedAt) {

    public static ArticleRef from(Article article) {
        return new ArticleRef(article.id, article.slug, article.headline, Timestamps.seconds(article.publishedAt));
    }
}
