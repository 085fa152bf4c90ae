package com.modernmedia.content.ratelimit;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.TestClock;
import com.modernmedia.content.shared.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A key's quota holds across instances: two KeyBuckets, as two instances of the service have, over the one table,
 * with requests racing on real threads, admit exactly the quota between them, each token once.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
class KeyBucketsTest {

    private static final int THREADS = 8;
    private static final int ATTEMPTS_PER_THREAD = 15;
    private static final int ROUNDS = 20;

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    ContentConfig config;

    @BeforeEach
    void stopTheClock() {
        clock.stop(); // no window ends during a round
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldAdmitExactlyTheQuotaOfAKeyBetweenTwoInstancesRacingForIt() throws Exception {
        KeyBuckets one = new KeyBuckets(dataSource, clock, config);
        KeyBuckets two = new KeyBuckets(dataSource, clock, config);
        long quota = config.rateLimits().admin();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                UUID key = UUID.randomUUID();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Limit>>> sent = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    int first = thread;
                    sent.add(threads.submit(() -> {
                        start.await();
                        List<Limit> limits = new ArrayList<>();
                        for (int attempt = 0; attempt < ATTEMPTS_PER_THREAD; attempt++) {
                            limits.add(((attempt + first) % 2 == 0 ? one : two).consume(key, Role.ADMIN));
                        }
                        return limits;
                    }));
                }
                start.countDown();
                List<Limit> limits = new ArrayList<>();
                for (Future<List<Limit>> thread : sent) {
                    limits.addAll(thread.get(60, TimeUnit.SECONDS));
                }

                List<Limit> admitted = limits.stream().filter(Limit::admitted).toList();
                assertEquals(quota, admitted.size(), "round " + round + ": admitted " + admitted.size() + " of " + limits.size());
                Set<Long> left = admitted.stream().map(Limit::remaining).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(LongStream.range(0, quota).boxed().collect(Collectors.toCollection(TreeSet::new)), left,
                        "round " + round + ": each token was taken once");
                assertTrue(limits.stream().filter(limit -> !limit.admitted()).allMatch(limit -> limit.remaining() == 0));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldGiveTheQuotaBackToEveryInstanceWhenTheWindowEnds() {
        KeyBuckets one = new KeyBuckets(dataSource, clock, config);
        KeyBuckets two = new KeyBuckets(dataSource, clock, config);
        UUID key = UUID.randomUUID();
        for (int i = 0; i < config.rateLimits().partner(); i++) {
            assertTrue(one.consume(key, Role.PARTNER).admitted());
        }
        Limit refused = two.consume(key, Role.PARTNER);
        assertFalse(refused.admitted());
        assertEquals(60, refused.resetSeconds());

        clock.advance(Duration.ofSeconds(59));
        assertFalse(two.consume(key, Role.PARTNER).admitted());
        clock.advance(Duration.ofSeconds(1));
        Limit back = two.consume(key, Role.PARTNER);
        assertTrue(back.admitted());
        assertEquals(config.rateLimits().partner() - 1, back.remaining());
    }
}
