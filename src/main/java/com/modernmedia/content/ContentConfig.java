package com.modernmedia.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

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

    /** An admin API key to store (hashed) at startup, so a fresh install can create the other keys. */
    @WithName("admin-key")
    Optional<String> adminKey();

    Bench bench();

    interface Db {
        /** The PostgreSQL schema that holds this profile's tables. */
        @WithDefault("content")
        String schema();
    }

    interface Bench {
        /** Serve GET /api/v1/_ceiling, the benchmark's fixed-bytes baseline; bench/run.sh turns it on. */
        @WithDefault("false")
        boolean ceiling();
    }

    interface Http {
        /** Cache-Control of public GET responses of a kind that has none of its own below. */
        @WithName("public-cache-control")
        @WithDefault("public, max-age=60, stale-while-revalidate=600")
        String publicCacheControl();

        /** Cache-Control of public GET responses per kind: articles, people, topics, quotes, images. */
        @WithName("cache-control")
        Map<String, String> cacheControl();
    }
}
