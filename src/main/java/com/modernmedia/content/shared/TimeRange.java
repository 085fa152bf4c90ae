package com.modernmedia.content.shared;

import java.time.Instant;

/**
 * The times the service takes: years 1900 to 9999. Java and PostgreSQL agree on these, and no article,
 * key or filter needs others; an instant at the edge of what Java can hold is a 400, not a database error.
 */
public final class TimeRange {

    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    public static final String RULE = "must be a time from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z";

    private TimeRange() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
