package com.modernmedia.content.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.modernmedia.content.ContentConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public GET answers as they were sent (bytes, ETag, headers), keyed by their URL, so that a hot article
 * costs no database round trip and no JSON mapping. Never stale beyond a stated bound:
 * <ul>
 * <li>a write drops every entry that shows what it changed (by cache tag), here at once after its commit
 * and on every other instance through {@link ChangeListener};</li>
 * <li>an answer built while any invalidation happened is not kept: it may have read the old data;</li>
 * <li>entries are used only while the listener has confirmed its PostgreSQL connection within
 * {@code content.cache.max-staleness}; when the connection is lost everything is dropped.</li>
 * </ul>
 */
@ApplicationScoped
public class RepresentationCache {

    /** Invalidates everything, e.g. {@code NOTIFY content_changed, '*'} after a change made outside the API. */
    public static final String EVERYTHING = "*";
    /** Returned by {@link #begin()} when an answer must not be kept. */
    static final long DO_NOT_STORE = -1;

    /** What a cached answer holds: the body and the headers that describe it. */
    public record Representation(byte[] body, String etag, Map<String, String> headers, Set<String> tags) {

        int weight() {
            int weight = body.length + 64;
            for (Map.Entry<String, String> header : headers.entrySet()) {
                weight += header.getKey().length() + header.getValue().length();
            }
            return weight;
        }
    }

    private final boolean enabled;
    private final Duration maxStaleness;
    private final Clock clock;
    private final Cache<String, Representation> entries;
    /** Counts invalidations; an answer is kept only if none happened while it was built. */
    private final AtomicLong generation = new AtomicLong();
    /** When the listener last confirmed that it hears every change. */
    private volatile Instant confirmedAt = Instant.MIN;
    private volatile boolean confirmed;

    @Inject
    RepresentationCache(ContentConfig config, Clock clock, MeterRegistry registry) {
        this(config, clock);
        CaffeineCacheMetrics.monitor(registry, entries, "representations");
    }

    /** A cache without metrics: a second, independent instance in the coherence tests. */
    RepresentationCache(ContentConfig config, Clock clock) {
        this.enabled = config.cache().enabled();
        this.maxStaleness = config.cache().maxStaleness();
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxSize().asLongValue())
                .weigher((String key, Representation value) -> key.length() + value.weight())
                .recordStats()
                .build();
    }

    /** The answer for this URL, if one is kept and the cache can be trusted now. */
    public Representation find(String url) {
        return usable() ? entries.getIfPresent(url) : null;
    }

    /** Call before an answer is built; pass the result to {@link #store}. */
    public long begin() {
        return usable() ? generation.get() : DO_NOT_STORE;
    }

    /** Keeps an answer unless an invalidation happened since {@link #begin()}: it may show the old data. */
    public void store(String url, Representation representation, long begun) {
        if (begun == DO_NOT_STORE || generation.get() != begun) {
            return;
        }
        entries.put(url, representation);
        // An invalidation between the check and the put may have missed this entry: take it out again.
        if (generation.get() != begun) {
            entries.asMap().remove(url, representation);
        }
    }

    /** Drops every answer that shows one of these tags ({@link #EVERYTHING}: all of them). */
    public void invalidate(Collection<String> tags) {
        if (tags.contains(EVERYTHING)) {
            invalidateAll();
            return;
        }
        generation.incrementAndGet();
        entries.asMap().values().removeIf(kept -> !Collections.disjoint(kept.tags(), tags));
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** The listener heard from PostgreSQL at this time: every change committed before it has been applied. */
    void confirmed(Instant at) {
        confirmedAt = at;
        confirmed = true;
    }

    /** The listener lost its connection: changes may go unheard, so nothing kept can be trusted. */
    void lost() {
        confirmed = false;
        invalidateAll();
    }

    boolean usable() {
        return enabled && confirmed && clock.instant().isBefore(confirmedAt.plus(maxStaleness));
    }

    /** The time the listener reads to stamp its confirmations. */
    Instant now() {
        return clock.instant();
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
