package com.modernmedia.content;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the real time, moved on by what a test asks, so that tests about time
 * (scheduled publication, cache staleness, retention) move it rather than wait for it.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    /** Set while stopped: the time stands still there, whatever the real time does. */
    private volatile Instant stoppedAt;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Stops the clock where it is: from now on only advance() moves it. */
    public TestClock stop() {
        stoppedAt = Instant.now();
        return this;
    }

    /** Back to the real time; tests that moved the clock call it when they are done. */
    public void reset() {
        offset = Duration.ZERO;
        stoppedAt = null;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return (stopped != null ? stopped : Instant.now()).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service works in UTC");
    }
}
