package com.modernmedia.content.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/**
 * What one request's counting left of a caller's quota, as the RateLimit header fields of
 * draft-ietf-httpapi-ratelimit-headers (-10) say it: {@code RateLimit-Policy: "partner";q=600;w=60} and
 * {@code RateLimit: "partner";r=599;t=42}. The whole quota comes back at the end of each window, so {@code t},
 * the seconds until more quota is made available, is also the Retry-After of a refused request.
 */
record Limit(String policy, long quota, long windowSeconds, boolean admitted, long remaining, long resetSeconds) {

    static Limit of(String policy, long quota, Duration window, ConsumptionProbe probe) {
        long nanosToMore = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        return new Limit(policy, quota, window.toSeconds(), probe.isConsumed(), probe.getRemainingTokens(),
                ceilSeconds(nanosToMore));
    }

    /** The policy as a structured field: its name as a String item, the quota and the window in seconds. */
    String policyField() {
        return "\"" + policy + "\";q=" + quota + ";w=" + windowSeconds;
    }

    /** The service limit as a structured field: the quota left and the seconds until the window refills it. */
    String limitField() {
        return "\"" + policy + "\";r=" + remaining + ";t=" + resetSeconds;
    }

    /** Whole seconds, rounded up: a client that waits this long finds its quota back, never a moment too early. */
    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
