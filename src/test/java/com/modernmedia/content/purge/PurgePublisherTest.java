package com.modernmedia.content.purge;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The purge publisher as a CDN sees it: writes go through the API, and an in-test HTTP receiver stands for Varnish or
 * Fastly. Each test starts publishers with settings of its own, as a restarted instance would start, runs them itself
 * (the schedule is off in tests) and moves the TestClock past a backoff instead of waiting.
 */
@QuarkusTest
class PurgePublisherTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    PurgeCursor cursor;

    private PurgeReceiver receiver;
    private String editor;

    @BeforeEach
    void start() throws Exception {
        fixtures.reset();
        // Purging starts after what earlier tests wrote, as it starts after what was written before it existed.
        fixtures.execute("update purge_state set position = (select position from change_log_head), attempts = 0, "
                + "last_error = null, next_attempt_at = null, claim_id = null, locked_until = null");
        clock.stop();
        editor = fixtures.apiKey("editor");
        receiver = new PurgeReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    @Test
    void shouldBanAnEditsKeysInOneRequestTheTopicItLeftIncluded() {
        Ref energy = fixtures.topic("Energy");
        Ref shipping = fixtures.topic("Shipping");
        Ref author = fixtures.person("Nadia Farouk");
        Ref article = fixtures.article("Grid prices fall").by(author).on(energy).publish();

        String answered = asEditor().contentType("application/merge-patch+json")
                .body(Map.of("headline", "Grid prices fall again", "topicIds", List.of(shipping.id())))
                .patch("/api/v1/articles/" + article.id()).then().statusCode(200).extract().header("Surrogate-Key");
        publisher(varnish(receiver.url("/"))).publish();

        List<PurgeReceiver.Received> received = receiver.received();
        assertEquals(1, received.size());
        assertEquals("BAN", received.get(0).method());
        assertEquals("/", received.get(0).path());
        assertEquals(keys(answered), Set.copyOf(received.get(0).keys()), "what the edit made stale, as its answer said");
        assertTrue(received.get(0).keys().containsAll(List.of("article-" + article.id(), "topic-" + energy.id(),
                "topic-" + shipping.id(), "person-" + author.id(), "list-articles")), received.get(0).surrogateKey());
        assertNull(received.get(0).fastlyKey(), "Varnish gets no token");
        assertEquals(head(), position());
    }

    @Test
    void shouldPostSeveralChangesKeysTogetherEachOnceWithTheFastlyToken() {
        Set<String> answered = new LinkedHashSet<>();
        for (String name : List.of("Energy", "Ports", "Shipping")) {
            answered.addAll(keys(asEditor().contentType("application/json").body(Map.of("name", name))
                    .post("/api/v1/topics").then().statusCode(201).extract().header("Surrogate-Key")));
        }
        publisher(fastly(receiver.url("/service/SU1Z0isxPaozGVKXdv0eY/purge"))).publish();

        List<PurgeReceiver.Received> received = receiver.received();
        assertEquals(1, received.size(), "three writes, one request");
        assertEquals("POST", received.get(0).method());
        assertEquals("/service/SU1Z0isxPaozGVKXdv0eY/purge", received.get(0).path());
        assertEquals("fastly-api-token-for-tests", received.get(0).fastlyKey());
        assertEquals(answered, Set.copyOf(received.get(0).keys()));
        assertEquals(answered.size(), received.get(0).keys().size(), "list-topics once, though each write named it");
    }

    @Test
    void shouldRetryAFailedBatchAfterAGrowingBackoffUntilTheCdnTakesIt() {
        Ref energy = fixtures.topic("Energy");
        String answered = patchTopic(energy, "Power and grids.");
        receiver.answer(n -> n == 1 ? 503 : 200);

        publisher(varnish("http://127.0.0.1:" + closedPort() + "/")).publish();
        assertEquals(1, attempts());
        assertTrue(lastError().startsWith("could not reach http://127.0.0.1:"), lastError());
        PurgePublisher restarted = publisher(varnish(receiver.url("/")));
        restarted.publish();
        assertEquals(0, receiver.received().size(), "not before the first backoff (1 s) has passed");
        clock.advance(Duration.ofSeconds(1));
        restarted.publish();
        assertEquals(1, receiver.received().size());
        assertEquals(2, attempts());
        assertTrue(lastError().endsWith(" answered 503"), lastError());
        clock.advance(Duration.ofSeconds(1));
        restarted.publish();
        assertEquals(1, receiver.received().size(), "the second backoff is 2 s");
        clock.advance(Duration.ofSeconds(1));
        restarted.publish();
        restarted.publish();

        assertEquals(2, receiver.received().size(), "sent again once, then done");
        assertEquals(keys(answered), Set.copyOf(receiver.received().get(1).keys()), "the same keys");
        assertEquals(0, attempts());
        assertNull(fixtures.query("select last_error from purge_state"));
        assertEquals(head(), position());
    }

    @Test
    void shouldSplitABatchSoThatNoHeaderIsLongerThanTheLimitNorNamesMoreKeysThanTheBatchSize() {
        Set<String> answered = new LinkedHashSet<>();
        for (int i = 1; i <= 12; i++) {
            answered.addAll(keys(asEditor().contentType("application/json").body(Map.of("name", "Topic " + i))
                    .post("/api/v1/topics").then().statusCode(201).extract().header("Surrogate-Key")));
        }
        publisher(varnish(receiver.url("/")).withLimits(256, 200)).publish();

        List<PurgeReceiver.Received> received = receiver.received();
        assertTrue(received.size() >= 3, "13 keys of some 40 characters: " + received.size() + " requests");
        assertTrue(received.stream().allMatch(r -> r.surrogateKey().length() <= 200), "every header within the limit");
        assertEquals(answered, receiver.keys());
        assertEquals(answered.size(), received.stream().mapToInt(r -> r.keys().size()).sum(), "each key once");

        patchTopic(fixtures.topic("Energy"), "Power and grids.");
        patchTopic(fixtures.topic("Ports"), "Harbours.");
        publisher(varnish(receiver.url("/")).withLimits(2, 8000)).publish();
        List<PurgeReceiver.Received> more = receiver.received().subList(received.size(), receiver.received().size());
        assertEquals(List.of(2, 1), more.stream().map(r -> r.keys().size()).toList(), "3 keys, at most 2 a request");
        assertEquals(head(), position());
    }

    @Test
    void shouldSendNothingWhileDisabledAndResumeWhereItStoppedAfterARestart() {
        Ref energy = fixtures.topic("Energy");
        String first = patchTopic(energy, "Power and grids.");
        long before = position();

        publisher(varnish(receiver.url("/")).disabled()).publish();
        assertEquals(0, receiver.received().size());
        assertEquals(before, position(), "nothing taken from the log");

        publisher(varnish(receiver.url("/"))).publish();
        assertEquals(keys(first), Set.copyOf(receiver.received().get(0).keys()));
        publisher(varnish(receiver.url("/"))).publish();
        assertEquals(1, receiver.received().size(), "a restarted publisher goes on from the stored position");

        String second = patchTopic(fixtures.topic("Ports"), "Harbours.");
        publisher(varnish(receiver.url("/"))).publish();
        assertEquals(2, receiver.received().size());
        assertEquals(keys(second), Set.copyOf(receiver.received().get(1).keys()), "only what is new");
    }

    @Test
    void shouldLetOnlyTheInstanceThatClaimedABatchSendIt() throws Exception {
        patchTopic(fixtures.topic("Energy"), "Power and grids.");
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        receiver.answer(n -> {
            inFlight.countDown();
            await(release);
            return 200;
        });

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> publisher(varnish(receiver.url("/"))).publish());
        assertTrue(inFlight.await(10, TimeUnit.SECONDS));
        publisher(varnish(receiver.url("/"))).publish();
        assertEquals(1, receiver.received().size(), "the second instance leaves the claimed batch alone");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);

        assertEquals(1, receiver.received().size());
        assertEquals(head(), position());
    }

    private PurgePublisher publisher(Settings settings) {
        return new PurgePublisher(cursor, settings);
    }

    private static Settings varnish(String url) {
        return new Settings(true, Optional.of(url), ContentConfig.Purge.Style.VARNISH, Optional.empty(), 256, 8000, "off",
                Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(2));
    }

    private static Settings fastly(String url) {
        return new Settings(true, Optional.of(url), ContentConfig.Purge.Style.FASTLY,
                Optional.of("fastly-api-token-for-tests"), 256, 8000, "off", Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofSeconds(2));
    }

    /** content.purge.* as a test sets them. */
    private record Settings(boolean enabled, Optional<String> url, ContentConfig.Purge.Style style, Optional<String> token,
                            int batchSize, int maxHeaderSize, String interval, Duration retryBackoff,
                            Duration maxRetryBackoff, Duration timeout) implements ContentConfig.Purge {

        Settings withLimits(int keys, int headerLength) {
            return new Settings(enabled, url, style, token, keys, headerLength, interval, retryBackoff, maxRetryBackoff,
                    timeout);
        }

        Settings disabled() {
            return new Settings(false, url, style, token, batchSize, maxHeaderSize, interval, retryBackoff, maxRetryBackoff,
                    timeout);
        }
    }

    private String patchTopic(Ref topic, String description) {
        return asEditor().contentType("application/merge-patch+json").body(Map.of("description", description))
                .patch("/api/v1/topics/" + topic.id()).then().statusCode(200).extract().header("Surrogate-Key");
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor).header("If-Match", "*");
    }

    private static Set<String> keys(String header) {
        return Set.copyOf(Arrays.asList(header.split(" ")));
    }

    private long position() {
        return Long.parseLong(fixtures.query("select position from purge_state"));
    }

    private long head() {
        return Long.parseLong(fixtures.query("select position from change_log_head"));
    }

    private int attempts() {
        return Integer.parseInt(fixtures.query("select attempts from purge_state"));
    }

    private String lastError() {
        return fixtures.query("select last_error from purge_state");
    }

    /** A port nothing listens on: taken from the system, then given back. */
    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
