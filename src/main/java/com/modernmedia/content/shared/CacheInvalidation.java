package com.modernmedia.content.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Says which cached representations a write makes stale. Writes call it in
 * their transaction, which also NOTIFYs every instance's {@link ChangeListener}
 * (PostgreSQL delivers it only if the transaction commits). Once it commits,
 * this instance's {@link RepresentationCache} drops them before the write
 * answers, {@link ContentChanged} is published (and logged) for whatever purges
 * other caches, and the write's answer names the tags in its Surrogate-Key header.
 */
@ApplicationScoped
public class CacheInvalidation {

    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class);
    /** NOTIFY payloads are limited to 8000 bytes; a longer list of tags flushes everything instead. */
    private static final int MAX_PAYLOAD = 7900;

    private final Event<ContentChanged> changes;
    private final WrittenTags written;
    private final EntityManager entityManager;
    private final RepresentationCache cache;

    CacheInvalidation(Event<ContentChanged> changes, WrittenTags written, EntityManager entityManager,
                      RepresentationCache cache) {
        this.changes = changes;
        this.written = written;
        this.entityManager = entityManager;
        this.cache = cache;
    }

    /**
     * A resource changed: every representation that shows it (its own tag), every list of its kind, and the
     * representations that list or count it ({@code listedIn}: its topics' pages for an article, ...). Answers
     * those tags, which the change log keeps with the change for the CDN's purge.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> changed(ContentKind kind, UUID id, Collection<String> listedIn) {
        Set<String> tags = CacheTags.ofChange(kind, id, listedIn);
        written.tags().addAll(tags);
        notifyInstances(tags);
        changes.fire(new ContentChanged(Set.copyOf(tags)));
        return tags;
    }

    private void notifyInstances(Set<String> tags) {
        String joined = String.join(" ", tags);
        String payload = joined.length() > MAX_PAYLOAD ? RepresentationCache.EVERYTHING : joined;
        // Straight on the transaction's connection: a native query would flush the session first.
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, ChangeListener.CHANNEL);
                notify.setString(2, payload);
                notify.execute();
            }
        });
    }

    /** After the commit, so a write that rolled back purges nothing; before the write answers, so its client reads it. */
    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        cache.invalidate(change.tags());
        LOG.infof("Content changed; stale cache tags: %s", String.join(" ", change.tags()));
    }

    /** The tags this request's writes made stale, for the Surrogate-Key header of its answer. */
    @RequestScoped
    public static class WrittenTags {
        private final Set<String> tags = new LinkedHashSet<>();

        public Set<String> tags() {
            return tags;
        }
    }
}
