package com.modernmedia.content.purge;

import com.modernmedia.content.ContentConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Purges the CDN in front by Surrogate-Key: every content.purge.interval it takes the changes committed since the
 * last batch from the change log, with the cache tags each write made stale (the same tags the service's own cache
 * drops and its answers carry in Surrogate-Key), and sends them, each once, in as few requests as the header limit
 * allows. A write only appends to the change log, as it always does, and never waits for the CDN. A failed request
 * is retried with backoff; the place in the log is in PostgreSQL, so a restart resumes there, and one instance at a
 * time sends a batch ({@link PurgeCursor}). Off unless content.purge.enabled.
 */
@ApplicationScoped
public class PurgePublisher {

    private static final Logger LOG = Logger.getLogger(PurgePublisher.class);
    /** Batches one run sends at most while more wait, so that a long backlog leaves the scheduler thread now and then. */
    private static final int BATCHES_PER_RUN = 50;

    private final PurgeCursor cursor;
    private final ContentConfig.Purge settings;
    /** Null while disabled, which needs no URL. */
    private final PurgeSender sender;

    @Inject
    PurgePublisher(PurgeCursor cursor, ContentConfig config) {
        this(cursor, config.purge());
    }

    /** With settings of its own: what tests start, as a restarted instance would. */
    PurgePublisher(PurgeCursor cursor, ContentConfig.Purge settings) {
        this.cursor = cursor;
        this.settings = settings;
        this.sender = settings.enabled() ? new PurgeSender(checked(settings)) : null;
    }

    /** Made at startup, so that settings that cannot work stop the service rather than fail every second. */
    void start(@Observes StartupEvent start) {
        if (sender != null) {
            LOG.infof("CDN purge: on, %s style, to %s", settings.style().name().toLowerCase(Locale.ROOT),
                    settings.url().orElseThrow());
        }
    }

    private static ContentConfig.Purge checked(ContentConfig.Purge settings) {
        String url = settings.url().orElseThrow(() -> new IllegalStateException(
                "content.purge.url (CONTENT_PURGE_URL) must be set when content.purge.enabled is true"));
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException("content.purge.url must be an http:// or https:// URL, not " + url);
        }
        if (settings.style() == ContentConfig.Purge.Style.FASTLY && settings.token().isEmpty()) {
            throw new IllegalStateException("content.purge.token (CONTENT_PURGE_TOKEN) must be set for the fastly style");
        }
        return settings;
    }

    /**
     * Sends what is new, batch after batch, until the log is purged up to its head, a request fails (tried again once
     * its backoff has passed) or another instance is at it.
     */
    @Scheduled(every = "${content.purge.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void publish() {
        if (sender == null) {
            return;
        }
        for (int batches = 0; batches < BATCHES_PER_RUN; batches++) {
            Optional<PurgeCursor.Batch> claimed = cursor.claim(settings);
            if (claimed.isEmpty()) {
                return;
            }
            PurgeCursor.Batch batch = claimed.get();
            Optional<String> failure = send(batch);
            if (failure.isPresent()) {
                Duration wait = cursor.failed(batch, failure.get(), settings);
                LOG.warnf("CDN purge up to change %d failed, tried again in %s: %s", batch.upTo(), wait, failure.get());
                return;
            }
            cursor.sent(batch);
            if (!batch.more()) {
                return;
            }
        }
    }

    /** Every request of the batch, in order, until one fails. */
    private Optional<String> send(PurgeCursor.Batch batch) {
        for (String keys : batch.headers()) {
            Optional<String> failure = sender.send(keys);
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }
}
