package com.modernmedia.content.changelog;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader that follows the change log by position never skips an entry. Writers on several threads append
 * in overlapping transactions; some hold their commit open once their entry has its position, give the
 * others the chance to commit later positions, and let the reader read meanwhile (where a plain sequence
 * lets the reader pass an entry not yet visible); some roll back after their entry had its position, some
 * before. Over many rounds the reader must see every committed entry exactly once, in position order
 * without gaps, and no rolled-back one.
 */
@QuarkusTest
class ChangeLogOrderingTest {

    private static final int ROUNDS = 20;
    private static final int WRITERS = 4;
    private static final int TRANSACTIONS_PER_WRITER = 5;
    private static final Caller WRITER = Caller.system("ordering-test");

    @Inject
    ChangeLog changes;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Fixtures fixtures;

    /** How long a held commit gives the others to commit after it; they never can, so every held commit waits this long. */
    private static final long CHANCE_TO_OVERTAKE_MILLIS = 20;

    /** Replaced after every read, so a writer can wait for the reader's next read. */
    private volatile CountDownLatch nextRead = new CountDownLatch(1);
    /** Commits so far, to know whether another writer committed while one held its commit. */
    private final Object commitSignal = new Object();
    private long commits;

    @BeforeEach
    void emptyLog() {
        fixtures.reset();
    }

    @Test
    void shouldLetAReaderFollowingByPositionSeeEveryCommittedChangeOnceInOrderAndNoRolledBackOne() throws Exception {
        long position = lastPosition();
        for (int round = 0; round < ROUNDS; round++) {
            Set<UUID> committed = ConcurrentHashMap.newKeySet();
            Set<UUID> rolledBack = ConcurrentHashMap.newKeySet();
            Set<UUID> meantToCommit = ConcurrentHashMap.newKeySet();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                running.add(writers.submit(() -> {
                    for (int t = 0; t < TRANSACTIONS_PER_WRITER; t++) {
                        write(committed, rolledBack, meantToCommit);
                    }
                }));
            }
            writers.shutdown();
            List<ChangeView> seen = new ArrayList<>();
            while (!writers.isTerminated()) {
                position = readOnce(position, seen);
            }
            for (Future<?> writer : running) {
                writer.get(); // a writer's own failure fails the test
            }
            for (long before = -1; before != position; ) { // what committed after the last read while writing
                before = position;
                position = readOnce(position, seen);
            }

            List<UUID> seenIds = seen.stream().map(ChangeView::id).toList();
            assertEquals(committed, Set.copyOf(seenIds), "round " + round + ": every committed change is seen");
            assertEquals(seenIds.size(), Set.copyOf(seenIds).size(), "round " + round + ": each is seen once");
            assertTrue(rolledBack.stream().noneMatch(seenIds::contains), "round " + round + ": no rolled-back change is seen");
            assertEquals(meantToCommit, committed, "round " + round + ": exactly the transactions meant to commit did");
            assertEquals(WRITERS * TRANSACTIONS_PER_WRITER, committed.size() + rolledBack.size());
        }
    }

    /** One transaction that appends an entry and then commits at once, commits late, or rolls back. */
    private void write(Set<UUID> committed, Set<UUID> rolledBack, Set<UUID> meantToCommit) {
        UUID id = UUID.randomUUID();
        int fate = ThreadLocalRandom.current().nextInt(6);
        if (fate >= 2) {
            meantToCommit.add(id);
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                changes.append(ContentKind.TOPIC, id, ChangeAction.CREATED, 1, Instant.now(), WRITER, Set.of());
                if (fate == 0) {
                    throw new IllegalStateException("rolled back before its entry had a position");
                }
                // Registered after the log's own synchronization, so it runs once the entry has its position.
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        if (fate == 1) {
                            throw new IllegalStateException("rolled back after its entry had a position");
                        }
                        if (fate == 2) {
                            awaitAnotherCommit();
                            awaitNextRead(); // the reader reads while this entry is positioned but not committed
                        }
                    }

                    @Override
                    public void afterCompletion(int status) {
                    }
                });
            });
            committed.add(id);
            synchronized (commitSignal) {
                commits++;
                commitSignal.notifyAll();
            }
        } catch (RuntimeException e) {
            rolledBack.add(id);
        }
    }

    /** Waits, a short while at most, for another writer to commit after this one took its position. */
    private void awaitAnotherCommit() {
        synchronized (commitSignal) {
            long seen = commits;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CHANCE_TO_OVERTAKE_MILLIS);
            try {
                for (long left = CHANCE_TO_OVERTAKE_MILLIS; commits == seen && left > 0;
                     left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                    commitSignal.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitNextRead() {
        try {
            nextRead.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads one page after the position; checks it continues the log without a gap; returns the new position. */
    private long readOnce(long after, List<ChangeView> seen) {
        Page<ChangeView> page = QuarkusTransaction.requiringNew()
                .call(() -> changes.list(after, PageRequest.of("7", null, null)));
        long position = after;
        for (ChangeView change : page.items()) {
            assertEquals(position + 1, change.position(), "positions follow each other without gaps");
            position = change.position();
            seen.add(change);
        }
        CountDownLatch read = nextRead;
        nextRead = new CountDownLatch(1);
        read.countDown();
        return position;
    }

    private long lastPosition() {
        return Long.parseLong(fixtures.query("select position from change_log_head"));
    }
}
