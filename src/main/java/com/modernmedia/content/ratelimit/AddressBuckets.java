package com.modernmedia.content.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.modernmedia.content.ContentConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/**
 * The buckets of callers without a key, one per client address, in this instance's memory. Counting is a
 * compare-and-set on the I/O thread: no lock, no database, so it can run before the representation cache answers.
 * A bucket unused for a whole window is full again, so it is dropped then; past {@link #MOST_ADDRESSES} the least
 * recently used go first, and such a client starts again with a full quota.
 */
@ApplicationScoped
class AddressBuckets {

    static final String POLICY = "anonymous";
    /** A few hundred bytes each: 100,000 addresses active within one window take some tens of MB. */
    private static final long MOST_ADDRESSES = 100_000;

    private final long quota;
    private final Duration window;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    AddressBuckets(ContentConfig config, Clock clock) {
        this.quota = config.rateLimits().anonymous();
        this.window = config.rateLimits().window();
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder().maximumSize(MOST_ADDRESSES).expireAfterAccess(window).build();
    }

    /** Counts one request from that address. */
    Limit consume(String address) {
        Bucket bucket = buckets.get(address, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(quota).refillIntervally(quota, window))
                .withCustomTimePrecision(time)
                .build());
        return Limit.of(POLICY, quota, window, bucket.tryConsumeAndReturnRemaining(1));
    }
}
