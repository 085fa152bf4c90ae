package com.modernmedia.content.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.modernmedia.content.ContentConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public GET answers as they were sent (bytes, ETag, headers), keyed by their canonical URL, so that a hot
 * article costs no database round trip and no JSON mapping. Never stale beyond a stated bound:
 * <ul>
 * <li>a write drops every entry that shows what it changed (by cache tag), here at once after its commit
 * and on every other instance through {@link ChangeListener};</li>
 * <li>an answer built while any invalidation happened is not kept: it may have read the old data;</li>
 * <li>entries are served only while the listener has confirmed its PostgreSQL connection within
 * {@code content.cache.max-staleness}. While it cannot, entries are kept but served only as the
 * {@code stale-if-error} answer to a read the database cannot serve; once the listener listens again, they
 * are dropped unless the change log shows that nothing was written in between.</li>
 * </ul>
 * Each tag knows the entries that show it, so a write costs the same whether the cache is empty or full.
 */
@ApplicationScoped
public class RepresentationCache {

    /** Invalidates everything, e.g. {@code NOTIFY content_changed, '*'} after a change made outside the API. */
    public static final String EVERYTHING = "*";
    /** A String's header and array header (compact Latin-1 strings hold a byte a character). */
    static final int STRING_OVERHEAD = 40;
    /** A tag's link in the index: a map node and its table slot, in the set of the tag and in the answer's own. */
    static final int TAG_INDEX_OVERHEAD = 64;
    /** The cache's node, the record, its header map and tag set, and the key's own link. */
    static final int ENTRY_OVERHEAD = 256;
    /** Returned by {@link #begin()} when an answer must not be kept. */
    static final long DO_NOT_STORE = -1;

    /** What a cached answer holds: the body and the headers that describe it. */
    public record Representation(byte[] body, String etag, Map<String, String> headers, Set<String> tags) {

        /**
         * The heap this answer takes once kept, as near as counting allows: its bytes, its headers and tags as
         * strings, and for each tag the index entry that finds it ({@link #byTag}). A page of 20 summaries has
         * about 80 tags: counting only the body would let the cache outgrow content.cache.max-size by a third.
         */
        int weight() {
            int weight = body.length + ENTRY_OVERHEAD;
            for (Map.Entry<String, String> header : headers.entrySet()) {
                weight += 2 * STRING_OVERHEAD + header.getKey().length() + header.getValue().length();
            }
            for (String tag : tags) {
                weight += STRING_OVERHEAD + TAG_INDEX_OVERHEAD + tag.length();
            }
            return weight;
        }
    }

    private final boolean enabled;
    private final Duration maxStaleness;
    private final Duration staleIfError;
    private final Clock clock;
    private final Cache<String, Representation> entries;
    /** Tag to the entries that show it (key to the exact answer kept, so a replaced answer unlinks only itself). */
    private final Map<String, Map<String, Representation>> byTag = new ConcurrentHashMap<>();
    /** Counts invalidations; an answer is kept only if none happened while it was built. */
    private final AtomicLong generation = new AtomicLong();
    /** Entries an invalidation looked at: what a write costs the cache. */
    private final AtomicLong visited = new AtomicLong();
    /** When the listener last confirmed that it hears every change. */
    private volatile Instant confirmedAt = Instant.MIN;
    private volatile boolean confirmed;

    @Inject
    RepresentationCache(ContentConfig config, Clock clock, MeterRegistry registry) {
        this(config, clock);
        CaffeineCacheMetrics.monitor(registry, entries, "representations");
        FunctionCounter.builder("representations.invalidation.visits", visited, AtomicLong::get)
                .description("Cached answers looked at by invalidations").register(registry);
        // Entries alone do not say how full the cache is against content.cache.max-size: their weight does.
        Gauge.builder("representations.weight", entries, cache -> cache.policy().eviction()
                        .map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L))
                .baseUnit("bytes").description("Memory the cached answers take, as content.cache.max-size counts it")
                .register(registry);
    }

    /** A cache without metrics: a second, independent instance in the coherence tests. */
    RepresentationCache(ContentConfig config, Clock clock) {
        this.enabled = config.cache().enabled();
        this.maxStaleness = config.cache().maxStaleness();
        this.staleIfError = config.cache().staleIfError();
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxSize().asLongValue())
                .weigher((String key, Representation value) -> STRING_OVERHEAD + key.length() + value.weight())
                .removalListener(this::unlink)
                .executor(Runnable::run) // unlinks at once, so the index never outgrows the cache
                .recordStats()
                .build();
    }

    /** The answer for this key, if one is kept and the cache can be trusted now. */
    public Representation find(String key) {
        return usable() ? entries.getIfPresent(key) : null;
    }

    /**
     * The answer for this key when the database cannot be reached, as {@code stale-if-error} allows: kept,
     * and confirmed fresh no longer than content.cache.stale-if-error ago.
     */
    public Representation findStale(String key) {
        return enabled && clock.instant().isBefore(confirmedAt.plus(staleIfError)) ? entries.getIfPresent(key) : null;
    }

    /** Call before an answer is built; pass the result to {@link #store}. */
    public long begin() {
        return usable() ? generation.get() : DO_NOT_STORE;
    }

    /** Keeps an answer unless an invalidation happened since {@link #begin()}: it may show the old data. */
    public void store(String key, Representation representation, long begun) {
        if (begun == DO_NOT_STORE || generation.get() != begun) {
            return;
        }
        entries.put(key, representation);
        for (String tag : representation.tags()) {
            byTag.compute(tag, (t, keys) -> {
                Map<String, Representation> linked = keys == null ? new ConcurrentHashMap<>() : keys;
                linked.put(key, representation);
                return linked;
            });
        }
        // An invalidation since the check may have missed this entry: take it out again. Linked first, so
        // an invalidation that this check does not see finds it through its tags.
        if (generation.get() != begun) {
            entries.asMap().remove(key, representation);
        }
        if (entries.asMap().get(key) != representation) {
            unlink(key, representation, RemovalCause.EXPLICIT); // gone already: evicted or replaced meanwhile
        }
    }

    /** Drops every answer that shows one of these tags ({@link #EVERYTHING}: all of them). */
    public void invalidate(Collection<String> tags) {
        if (tags.contains(EVERYTHING)) {
            invalidateAll();
            return;
        }
        generation.incrementAndGet();
        for (String tag : tags) {
            Map<String, Representation> showing = byTag.remove(tag);
            if (showing != null) {
                visited.addAndGet(showing.size());
                entries.invalidateAll(showing.keySet());
            }
        }
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

    /** The listener lost its connection: changes may go unheard, so what is kept is served only on outages. */
    void lost() {
        confirmed = false;
    }

    /**
     * The listener listens again; {@code missedChanges} when writes committed while it could not hear them:
     * then nothing kept can be trusted.
     */
    void resumed(boolean missedChanges) {
        if (missedChanges) {
            invalidateAll();
        }
    }

    boolean usable() {
        return enabled && listening();
    }

    /**
     * Whether the listener confirmed within content.cache.max-staleness that every change committed before has
     * been applied here, kept answers or not.
     */
    boolean listening() {
        return confirmed && clock.instant().isBefore(confirmedAt.plus(maxStaleness));
    }

    /** Counts the changes applied so far: this instance's writes and those the listener heard. */
    long generation() {
        return generation.get();
    }

    /** The time the listener reads to stamp its confirmations. */
    Instant now() {
        return clock.instant();
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** Entries looked at by invalidations so far. */
    long visited() {
        return visited.get();
    }

    /** Tags that still link at least one entry: bounded by what the cache holds. */
    int linkedTags() {
        return byTag.size();
    }

    private void unlink(String key, Representation removed, RemovalCause cause) {
        if (key == null || removed == null) {
            return;
        }
        for (String tag : removed.tags()) {
            byTag.computeIfPresent(tag, (t, keys) -> {
                keys.remove(key, removed);
                return keys.isEmpty() ? null : keys;
            });
        }
    }
}
