package com.modernmedia.content.purge;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.changelog.ChangeLog;
import com.modernmedia.content.changelog.StaleTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Purging's place in the change log, all of it in PostgreSQL so that a restarted instance goes on from there. Each
 * method is one short transaction: a batch is claimed under the row's lock ({@code for update skip locked}: another
 * instance skips rather than waits) and leased for as long as sending it can take, so that no other instance sends
 * it meanwhile; it is sent outside any transaction, and its outcome recorded in another.
 */
// Its transactions may run on any thread (a scheduler's, a test's): Hibernate picks the database through the
// request context (shared/ReadRouting), so each method has one.
@ActivateRequestContext
@ApplicationScoped
class PurgeCursor {

    /** The most change-log entries one batch takes; their tags are sent together, each once. */
    static final int ENTRIES_PER_BATCH = 1000;

    private final PurgeStateRepository states;
    private final ChangeLog changes;
    private final Clock clock;

    PurgeCursor(PurgeStateRepository states, ChangeLog changes, Clock clock) {
        this.states = states;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * The tags of the changes after the position, as the Surrogate-Key headers of the requests that purge them,
     * claimed by this instance; empty when there is nothing new, another instance is sending, or a failed attempt's
     * backoff has not passed.
     */
    @Transactional
    Optional<Batch> claim(ContentConfig.Purge settings) {
        Instant now = clock.instant();
        Optional<PurgeState> locked = states.lockUnlessLocked();
        if (locked.isEmpty() || locked.get().busyAt(now)) {
            return Optional.empty();
        }
        PurgeState state = locked.get();
        long head = changes.head();
        if (state.position >= head) {
            return Optional.empty();
        }
        List<StaleTags> found = changes.staleBetween(state.position, head, ENTRIES_PER_BATCH);
        boolean more = found.size() == ENTRIES_PER_BATCH;
        Set<String> tags = new LinkedHashSet<>();
        found.forEach(change -> tags.addAll(change.tags()));
        List<String> headers = PurgeSender.headers(tags, settings.batchSize(), settings.maxHeaderSize());
        state.claimId = UUID.randomUUID();
        // Each request may wait for its connection and then for its answer.
        state.lockedUntil = now.plus(settings.timeout().multipliedBy(2L * headers.size())).plusSeconds(30);
        return Optional.of(new Batch(state.claimId, more ? found.get(found.size() - 1).position() : head, headers, more));
    }

    /** The CDN accepted the batch: purging goes on after it. */
    @Transactional
    void sent(Batch batch) {
        PurgeState state = states.lock();
        if (!batch.claimId().equals(state.claimId)) {
            return; // its lease ran out and another instance took the batch over
        }
        state.position = batch.upTo();
        state.attempts = 0;
        state.lastError = null;
        state.nextAttemptAt = null;
        release(state);
    }

    /**
     * A request of the batch failed: the whole batch is tried again (purging twice does no harm) after retry-backoff,
     * doubled for each failure in a row, at most max-retry-backoff. Answers that wait.
     */
    @Transactional
    Duration failed(Batch batch, String error, ContentConfig.Purge settings) {
        PurgeState state = states.lock();
        if (!batch.claimId().equals(state.claimId)) {
            return Duration.ZERO;
        }
        state.attempts++;
        Duration doubled = settings.retryBackoff().multipliedBy(1L << Math.min(state.attempts - 1, 30));
        Duration wait = doubled.compareTo(settings.maxRetryBackoff()) > 0 ? settings.maxRetryBackoff() : doubled;
        state.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        // PostgreSQL keeps microseconds, rounding: a time rounded up would still be ahead of the clock when it is due.
        state.nextAttemptAt = clock.instant().truncatedTo(ChronoUnit.MICROS).plus(wait);
        release(state);
        return wait;
    }

    private static void release(PurgeState state) {
        state.claimId = null;
        state.lockedUntil = null;
    }

    /** A claimed batch: the Surrogate-Key header of each request, and the position purging reaches once all are sent. */
    record Batch(UUID claimId, long upTo, List<String> headers, boolean more) {
    }
}
