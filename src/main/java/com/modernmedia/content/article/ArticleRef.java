package com.modernmedia.content.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@Schema(name = "ArticleRef", description = "The article something stands in")
public record ArticleRef(
        @Schema(examples = "3f6c1a52-0d0e-4b8e-9a53-1c2f3e4d5a01") UUID id,
        @Schema(examples = "soleimani-and-the-united-states-worked-together-to-beat-isis") String slug,
        @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") String headline,
        @Schema(examples = "2020-01-07T10:00:00Z") Instant publishedAt) {

    public static ArticleRef from(Article article) {
        return new ArticleRef(article.id, article.slug, article.headline, article.publishedAt.truncatedTo(ChronoUnit.SECONDS));
    }
}
