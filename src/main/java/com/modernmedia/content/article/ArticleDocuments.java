package com.modernmedia.content.article;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.StoredDocuments;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * Renders the public's article documents (shared/StoredDocuments) that writes made stale or asked for, in the
 * background: until it has, reads of those articles are built from the entities, as fresh as ever. Every instance
 * runs it; two that render the same article store the same bytes.
 */
// Runs on the scheduler's thread: Hibernate picks the database through the request context (shared/ReadRouting).
@ActivateRequestContext
@ApplicationScoped
class ArticleDocuments {

    private final ArticleService articles;
    private final StoredDocuments documents;
    private final EntityManager entityManager;
    private final ContentConfig.Documents settings;

    ArticleDocuments(ArticleService articles, StoredDocuments documents, EntityManager entityManager, ContentConfig config) {
        this.articles = articles;
        this.documents = documents;
        this.entityManager = entityManager;
        this.settings = config.documents();
    }

    @Scheduled(every = "${content.documents.render-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renderStale() {
        if (!settings.enabled()) {
            return;
        }
        int rendered;
        do {
            rendered = renderBatch(); // a backlog, batch after batch
        } while (rendered == settings.batchSize());
    }

    /** Renders one batch of stale documents and stores what no change has touched meanwhile; answers the batch's size. */
    int renderBatch() {
        // What the session holds may be older than the position read next: every entity is read again after it.
        entityManager.clear();
        long from = documents.position();
        List<UUID> stale = documents.stale(ContentKind.ARTICLE, settings.batchSize());
        if (!stale.isEmpty()) {
            documents.store(ContentKind.ARTICLE, from, articles.publicDocuments(stale));
        }
        return stale.size();
    }
}
