package com.modernmedia.content.article;

import com.modernmedia.content.shared.CacheInvalidation;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * A scheduled article becomes public when its time passes, with no write to say so. Every second
 * ({@code content.cache.publication-check}) this
 * looks for articles whose time has just passed and invalidates what they now appear in, exactly as
 * publishing them would: caches in every instance and the CDN learn of them within about a second.
 * Each instance runs it; a repeated invalidation costs a cache miss, nothing more.
 */
@ApplicationScoped
class ScheduledPublication {

    private final ArticleRepository articles;
    private final CacheInvalidation invalidation;
    /** Articles due up to here were announced (or were public when this instance started, with an empty cache). */
    private Instant checkedUpTo = Instant.now();

    ScheduledPublication(ArticleRepository articles, CacheInvalidation invalidation) {
        this.articles = articles;
        this.invalidation = invalidation;
    }

    @Scheduled(every = "${content.cache.publication-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void announceDueArticles() {
        Instant now = Instant.now();
        for (Article article : articles.becamePublic(checkedUpTo, now)) {
            invalidation.changed(ArticleService.KIND, article.id, ArticleEditor.shownIn(article));
        }
        checkedUpTo = now;
    }
}
