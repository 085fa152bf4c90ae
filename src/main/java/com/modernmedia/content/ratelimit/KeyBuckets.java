package com.modernmedia.content.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.shared.Role;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * The buckets of API keys, in PostgreSQL (table rate_limit_bucket, V13), so that every instance counts against one
 * quota per key, a partner's contractual budget. Each decision locks the key's row ({@code select ... for update}),
 * so the instances together never admit more than the quota. Blocking: call it on a worker thread.
 * <p>
 * Each decision is one short transaction (select for update, update, commit), taken exactly; no Bucket4j
 * optimization is used. Delaying and predicting would save round trips but let each instance admit requests beyond
 * the quota before it syncs, and a partner's quota is a contract. Batching would lose nothing, but in Bucket4j 8.14
 * it fails the racing first requests of a key whose row does not exist yet (BucketNotFoundException), which
 * KeyBucketsTest provoked. A keyed request is never answered from memory anyway: it reads the key and its content
 * from PostgreSQL, and this adds one round trip more.
 */
@ApplicationScoped
class KeyBuckets {

    private static final String TABLE = "rate_limit_bucket";
    /** Far more than the keys a service has; a key's proxy is kept rather than built for each request. */
    private static final long MOST_KEYS = 10_000;

    private final ProxyManager<String> buckets;
    private final Duration window;
    private final ContentConfig.RateLimits limits;
    private final Cache<UUID, BucketProxy> proxies = Caffeine.newBuilder().maximumSize(MOST_KEYS).build();

    KeyBuckets(DataSource dataSource, Clock clock, ContentConfig config) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(new ClockTimeMeter(clock))
                .build();
        this.limits = config.rateLimits();
        this.window = limits.window();
    }

    /** Counts one request of the key, whose quota its role sets. */
    Limit consume(UUID keyId, Role role) {
        long quota = quotaOf(role);
        BucketProxy bucket = proxies.get(keyId, id -> buckets.builder()
                // The quota in force: a bucket stored under another (the setting changed) takes this one, tokens kept.
                .withImplicitConfigurationReplacement(Objects.hash(quota, window), TokensInheritanceStrategy.AS_IS)
                .build(id.toString(), () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(quota).refillIntervally(quota, window))
                        .build()));
        return Limit.of(role.value(), quota, window, bucket.tryConsumeAndReturnRemaining(1));
    }

    private long quotaOf(Role role) {
        return switch (role) {
            case PARTNER -> limits.partner();
            case EDITOR -> limits.editor();
            case ADMIN -> limits.admin();
        };
    }
}
