package com.modernmedia.content;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service's own settings; README.md lists the environment variables behind them. */
@ConfigMapping(prefix = "content")
public interface ContentConfig {

    Db db();

    /** Load the demo content at startup (always in dev, in production only when asked). */
    @WithName("demo-data")
    @WithDefault("false")
    boolean demoData();

    Http http();

    /**
     * The service's public base URL (https://content.example.com), for the absolute URLs in Location and
     * Link. Unset, they are paths ("/api/v1/…"), which clients resolve against the URL they asked; the
     * request's Host header is never used.
     */
    @WithName("public-url")
    Optional<String> publicUrl();

    /** An admin API key to store (hashed) at startup, so a fresh install can create the other keys. */
    @WithName("admin-key")
    Optional<String> adminKey();

    Site site();

    Feeds feeds();

    Search search();

    Bench bench();

    Cache cache();

    Documents documents();

    Changes changes();

    Sync sync();

    Webhooks webhooks();

    @WithName("rate-limits")
    RateLimits rateLimits();

    Purge purge();

    interface Db {
        /** The PostgreSQL schema that holds this profile's tables. */
        @WithDefault("content")
        String schema();

        /** Public reads from a read replica (the datasource "read", see shared/ReadReplica). */
        @WithName("read-replica")
        ReadReplica readReplica();

        interface ReadReplica {
            /** Send public reads to the datasource "read" (DB_READ_URL) while it has replayed what the primary has. */
            @WithDefault("false")
            boolean enabled();

            /**
             * How often the replica's change log head is compared with the primary's (Quarkus' scheduler: at least
             * 1 s); a check holds for three times content.cache.max-staleness. {@code off} in tests, which check.
             */
            @WithName("check-interval")
            @WithDefault("1s")
            String checkInterval();
        }
    }

    /**
     * The magazine's website, where readers read what the API serves: feeds, JSON-LD and ninjs link to its pages,
     * and name it as the publisher.
     */
    interface Site {
        /** The publisher's name, as feeds and schema.org name it. */
        @WithDefault("Modern Media")
        String name();

        /** The website's home page, without a trailing slash. */
        @WithDefault("https://www.modernmedia.example")
        String url();

        /** The publisher's logo, for schema.org's publisher (Google wants one of at most 600x60 px). */
        @WithName("logo-url")
        @WithDefault("https://www.modernmedia.example/logo-600x60.png")
        String logoUrl();

        /** An article's page under the website's URL; {slug} is replaced. */
        @WithName("article-path")
        @WithDefault("/articles/{slug}")
        String articlePath();

        /** A person's page (authors and the people quoted); {slug} is replaced. */
        @WithName("person-path")
        @WithDefault("/people/{slug}")
        String personPath();

        /** A topic's page; {slug} is replaced. */
        @WithName("topic-path")
        @WithDefault("/topics/{slug}")
        String topicPath();
    }

    interface Feeds {
        /** Items on a feed's page when the reader does not ask (limit=, 1 to 100): newest first, older ones by the next link. */
        @WithDefault("50")
        int items();
    }

    /** Article search (GET /api/v1/search): score = relevance-weight · relevance + recency-weight · recency. */
    interface Search {
        /** Weight of the text match, ts_rank_cd normalized to 0..1 (rank / (rank + 1)). */
        @WithName("relevance-weight")
        @WithDefault("0.8")
        @DecimalMin("0")
        double relevanceWeight();

        /** Weight of recency, 0.5^(age / half-life), which is 1 for an article published now. */
        @WithName("recency-weight")
        @WithDefault("0.2")
        @DecimalMin("0")
        double recencyWeight();

        /** The age at which an article's recency has halved; the formula divides by it. */
        @WithName("half-life")
        @WithDefault("P30D")
        @DurationMin(seconds = 1)
        Duration halfLife();

        /**
         * How many of the newest matches, and of the newest matches in headline, dek or names, a search scores (at
         * most twice this many articles): what bounds the cost of a common word.
         */
        @WithDefault("100")
        @Min(20)
        @Max(10_000)
        int candidates();

        /**
         * How closely a word of a name must resemble what was typed for name autocomplete (q= on people and topics)
         * to find it, 0 to 1: pg_trgm's word similarity threshold. Lower forgives more typos, and finds more.
         */
        @WithName("name-similarity")
        @WithDefault("0.6")
        @DecimalMin("0")
        @DecimalMax("1")
        double nameSimilarity();
    }

    interface Bench {
        /** Serve GET /api/v1/_ceiling, the benchmark's fixed-bytes baseline; bench/run.sh turns it on. */
        @WithDefault("false")
        boolean ceiling();
    }

    interface Cache {
        /** Serve public reads from memory (the rendered bytes and their ETag), kept coherent by LISTEN/NOTIFY. */
        @WithDefault("true")
        boolean enabled();

        /** The most memory the cached representations may take (bodies and headers). */
        @WithName("max-size")
        @WithDefault("64M")
        MemorySize maxSize();

        /**
         * How long a cached representation may outlive a write committed by another instance: the cache
         * is used only while its change listener has heard from PostgreSQL within this time.
         */
        @WithName("max-staleness")
        @WithDefault("1s")
        Duration maxStaleness();

        /**
         * How long after the listener last confirmed the cache a kept answer may still be served to a read that
         * the database cannot answer (an outage): the stale-if-error the public Cache-Control promises.
         */
        @WithName("stale-if-error")
        @WithDefault("24h")
        Duration staleIfError();

        /**
         * How often to look for scheduled articles whose time has come, to invalidate what they now appear
         * in: the delay before caches show them. {@code off} in tests, which run the check themselves.
         */
        @WithName("publication-check")
        @WithDefault("1s")
        String publicationCheck();
    }

    interface Documents {
        /**
         * Serve public reads the representation cache misses from documents rendered on write and stored in
         * PostgreSQL (shared/StoredDocuments), where one exists; otherwise they are built from the entities.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often the renderer looks for documents that writes have made stale (or new content asks for), and
         * renders them again; {@code off} in tests, which render when they mean to.
         */
        @WithName("render-interval")
        @WithDefault("1s")
        String renderInterval();

        /** How many documents one transaction of the renderer stores. */
        @WithName("batch-size")
        @WithDefault("100")
        @Min(1)
        @Max(1000)
        int batchSize();
    }

    interface Changes {
        /**
         * How long the change log keeps an entry. Absent (the default): kept for ever. The sync API answers
         * 410 Gone to a client whose place in the log is older than this.
         */
        Optional<Duration> retention();

        /** How often entries past their retention are removed; {@code off} in tests, which call it themselves. */
        @WithName("retention-check")
        @WithDefault("1h")
        String retentionCheck();
    }

    interface Sync {
        /**
         * The secret that signs sync tokens, at least 32 characters, the same on every instance. Absent, each
         * start makes a random one: tokens then fail on other instances and after a restart (a 400 that tells
         * the partner to start over), which is fine for one developer and wrong for production.
         */
        @WithName("token-key")
        Optional<String> tokenKey();
    }

    interface Webhooks {
        /** Accept http:// endpoint URLs (dev and tests); otherwise only https://. */
        @WithName("allow-http")
        @WithDefault("false")
        boolean allowHttp();

        /** How often each instance enqueues new events and sends the due ones; {@code off} in tests, which call it. */
        @WithName("dispatch-interval")
        @WithDefault("1s")
        String dispatchInterval();

        /** How long the secret before a rotation still signs, beside the new one. */
        @WithName("secret-grace")
        @WithDefault("24h")
        Duration secretGrace();

        @WithName("connect-timeout")
        @WithDefault("5s")
        Duration connectTimeout();

        /** How long one attempt may take to get its answer; longer is a timeout, retried. */
        @WithName("request-timeout")
        @WithDefault("10s")
        Duration requestTimeout();

        /**
         * Attempts of one event before it is given up and its endpoint disabled. With the default delays
         * (10 s doubling, at most 12 h, plus up to 25 % jitter) 17 attempts take about 3 days.
         */
        @WithName("max-attempts")
        @WithDefault("17")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles with each further one. */
        @WithName("base-delay")
        @WithDefault("10s")
        Duration baseDelay();

        /** The longest wait between two attempts (a Retry-After too is held to it). */
        @WithName("max-delay")
        @WithDefault("12h")
        Duration maxDelay();

        /** How many endpoints one instance sends to at the same time. */
        @WithDefault("8")
        int concurrency();
    }

    /**
     * Requests each caller may make per window: an API key by its role, counted in PostgreSQL across instances; a
     * caller without a key by its address, counted in each instance's memory. docs/operations.md says how to size them.
     */
    interface RateLimits {
        /** Count requests to /api/v1 and refuse those over the limit with 429; off, no RateLimit headers either. */
        @WithDefault("true")
        boolean enabled();

        /** The window every quota is counted in: the whole quota comes back at the end of each window. */
        @WithDefault("60s")
        Duration window();

        /** Requests per window for each partner key. */
        @WithDefault("600")
        long partner();

        /** Requests per window for each editor key (newsroom tools, which write). */
        @WithDefault("3000")
        long editor();

        /** Requests per window for each admin key. */
        @WithDefault("6000")
        long admin();

        /** Requests per window from one client address without a key, on each instance (an IPv6 address by its /64). */
        @WithDefault("1200")
        long anonymous();

        /**
         * The proxies and CDNs in front (addresses or CIDR ranges) whose forwarding header names the client. Only a
         * request that comes from one of them is counted by the address in that header (the right-most one that is not
         * itself a trusted proxy); any other request by its own peer address, whatever it sends.
         */
        @WithName("trusted-proxies")
        Optional<List<String>> trustedProxies();

        /** The header the trusted proxies append the client's address to: X-Forwarded-For or Forwarded (RFC 7239). */
        @WithName("forwarded-header")
        @WithDefault("X-Forwarded-For")
        String forwardedHeader();
    }

    /**
     * Purging the CDN in front by Surrogate-Key (purge/PurgePublisher): the cache tags of each change in the change
     * log, batched, sent to Varnish as a BAN or to Fastly's purge API. Off by default.
     */
    interface Purge {
        @WithDefault("false")
        boolean enabled();

        /**
         * Where purges go: for varnish, the address Varnish listens on (a BAN request to it); for fastly, the
         * service's purge URL, https://api.fastly.com/service/{service_id}/purge. Required when enabled.
         */
        Optional<String> url();

        @WithDefault("varnish")
        Style style();

        /** Fastly's API token, sent as Fastly-Key; required by the fastly style, not sent to Varnish. */
        Optional<String> token();

        /** The most keys one purge request names; Fastly purges at most 256 at once. */
        @WithName("batch-size")
        @WithDefault("256")
        @Min(1)
        int batchSize();

        /** The longest Surrogate-Key header one request sends; more keys go in further requests (Varnish takes 8 KB). */
        @WithName("max-header-size")
        @WithDefault("8000")
        @Min(100)
        int maxHeaderSize();

        /** How often the change log is read for new changes to purge; {@code off} in tests, which call it. */
        @WithDefault("1s")
        String interval();

        /** The wait after a failed purge request; it doubles with each further failure in a row. */
        @WithName("retry-backoff")
        @WithDefault("1s")
        Duration retryBackoff();

        /** The longest wait between two attempts. */
        @WithName("max-retry-backoff")
        @WithDefault("5m")
        Duration maxRetryBackoff();

        /** Time to connect, and then for the answer of one purge request; longer is a failure, retried. */
        @WithDefault("5s")
        Duration timeout();

        /** How a purge is asked for. */
        enum Style {
            /** {@code BAN <url>} with the keys in Surrogate-Key (deploy/cdn/default.vcl). */
            VARNISH,
            /** {@code POST <url>} with the keys in Surrogate-Key and the token in Fastly-Key. */
            FASTLY
        }
    }

    interface Http {
        /** Cache-Control of public GET responses of a kind that has none of its own below. */
        @WithName("public-cache-control")
        @WithDefault("public, max-age=60, stale-while-revalidate=600")
        String publicCacheControl();

        /** Cache-Control of public GET responses per kind: articles, people, topics, quotes, images. */
        @WithName("cache-control")
        Map<String, String> cacheControl();

        /**
         * Browser origins (scheme://host[:port]) allowed to write: public reads are open to every origin,
         * writes from other origins are refused. Empty: only same-origin pages and non-browser clients write.
         */
        @WithName("write-origins")
        Optional<List<String>> writeOrigins();

        /**
         * How much of a body over quarkus.http.limits.max-body-size is read and thrown away after the 413, so that
         * a client still sending it reads the answer instead of a reset connection; a longer one has its
         * connection closed. A client that waits for 100 Continue (Expect) gets it for a declared body up to this
         * size, and the 413 after the body. 0 answers every such client before it sends the body.
         */
        @WithName("max-drained-body-size")
        @WithDefault("64M")
        MemorySize maxDrainedBodySize();

        /** The Retry-After of a 503 answered while the database cannot be reached. */
        @WithName("retry-after-outage")
        @WithDefault("5s")
        Duration retryAfterOutage();
    }
}
