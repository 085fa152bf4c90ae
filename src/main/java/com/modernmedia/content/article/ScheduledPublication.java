package com.modernmedia.content.article;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A scheduled article becomes public when its time passes. Every second ({@code content.cache.publication-check})
 * this publishes the articles whose time has come, each a write through the pipeline by the service itself:
 * its change is logged as {@code published}, and caches in every instance and the CDN learn of it within
 * about a second. Every instance runs it; each due article is published once (rows being published elsewhere
 * are skipped). It also announces the embargoes that ended and the syndication rights that expired, for partners.
 */
@ApplicationScoped
class ScheduledPublication {

    private final ArticleEditor editor;

    ScheduledPublication(ArticleEditor editor) {
        this.editor = editor;
    }

    @Scheduled(every = "${content.cache.publication-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDueArticles() {
        editor.publishDue();
        editor.announceRightsChanges();
    }
}
