package com.modernmedia.content.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Says which cached representations a write makes stale. Writes call it in
 * their transaction; once it commits, {@link ContentChanged} is published (and
 * logged) for whatever purges caches, and the write's answer names the tags in
 * its Surrogate-Key header.
 */
@ApplicationScoped
public class CacheInvalidation {

    private static final Logger LOG = Logger.getLogger(CacheInvalidation.class);
    private static final Map<String, String> LISTS = Map.of("article", "list-articles", "person", "list-people",
            "topic", "list-topics", "quote", "list-quotes", "image", "list-images");

    private final Event<ContentChanged> changes;
    private final WrittenTags written;

    CacheInvalidation(Event<ContentChanged> changes, WrittenTags written) {
        this.changes = changes;
        this.written = written;
    }

    /** A resource of a kind (article, person, topic, quote, image) changed: its own tag and its kind's lists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String kind, UUID id, Collection<String> alsoShownIn) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(CacheTagged.tag(kind, id));
        tags.add(LISTS.get(kind));
        tags.addAll(alsoShownIn);
        written.tags().addAll(tags);
        changes.fire(new ContentChanged(Set.copyOf(tags)));
    }

    /** Publication happens after the commit, so a write that rolled back purges nothing. */
    void log(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
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
