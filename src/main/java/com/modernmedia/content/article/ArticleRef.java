package com.modernmedia.content.article;

import com.modernmedia.content.shared.CacheTagged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;
import java.util.Set;

@Schema(name = "ArticleRef", description = "The article something stands in")
public record ArticleRef(
        @Schema(examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") UUID id,
        @Schema(examples = "soleimani-and-the-united-states-worked-together-to-beat-isis") String slug,
        @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") String headline,
        @Schema(description = "Null while the article is a draft, which only editors see",
                examples = "2025-01-03T08:30:00Z", nullable = true) Instant publishedAt) implements CacheTagged {

    @Override
    public void addCacheTags(Set<String> tags) {
        tags.add(CacheTagged.tag("article", id));
    }

    public static ArticleRef from(Article article) {
        return new ArticleRef(article.id, article.slug, article.headline, ArticleSummary.seconds(article.publishedAt));
    }
}
