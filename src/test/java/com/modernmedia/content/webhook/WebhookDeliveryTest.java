package com.modernmedia.content.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery as a partner's endpoint sees it: a real HTTP receiver that checks every signature itself and dedupes on
 * webhook-id. Time comes from the TestClock, which the tests move before they run the dispatcher themselves.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookQueue queue;

    @Inject
    WebhookSender sender;

    @Inject
    com.modernmedia.content.ContentConfig config;

    private WebhookReceiver receiver;
    private String editor;
    private String partner;

    @BeforeEach
    void start() throws Exception {
        fixtures.reset();
        clock.stop();
        editor = fixtures.apiKey("editor");
        partner = fixtures.apiKey("partner");
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        clock.reset();
    }

    @Test
    void shouldDeliverEveryEventExactlyOnceInLogOrderSignedAfterRetries() throws Exception {
        String id = register("/hook", "topic.*");
        receiver.answer(n -> WebhookReceiver.Answer.of(n <= 3 ? 500 : 200));
        String energy = createTopic("Energy");
        patchTopic(energy, Map.of("description", "Power and grids."));
        String ports = createTopic("Ports");

        dispatcher.dispatch();
        assertEquals(1, receiver.received().size(), "the first event only, while it is not delivered");
        asEditor().delete("/api/v1/topics/" + energy).then().statusCode(204);
        for (int round = 0; round < 10 && receiver.events().size() < 4; round++) {
            clock.advance(Duration.ofMinutes(10));
            dispatcher.dispatch();
        }

        List<WebhookReceiver.Received> all = receiver.received();
        assertEquals(7, all.size(), "three 500s, then each of the four events once");
        assertTrue(all.stream().allMatch(r -> r.verifiedBy().size() == 1), "every signature verifies");
        assertTrue(all.stream().allMatch(r -> "application/json".equals(r.contentType())));
        assertEquals(1, all.subList(0, 4).stream().map(WebhookReceiver.Received::id).distinct().count(),
                "retries keep their webhook-id");
        List<JsonNode> events = receiver.events().stream().map(WebhookDeliveryTest::json).toList();
        assertEquals(List.of("topic.published", "topic.updated", "topic.published", "topic.deleted"),
                events.stream().map(e -> e.path("type").asText()).toList());
        assertEquals(energy, events.get(3).path("data").path("slug").asText());
        assertEquals("deleted", events.get(3).path("data").path("reason").asText());
        assertEquals("topic", events.get(3).path("data").path("kind").asText());
        ObjectNode portsData = (ObjectNode) events.get(2).path("data").deepCopy();
        assertEquals("topic", portsData.remove("kind").asText());
        assertEquals(json(given().when().get("/api/v1/topics/" + ports).then().statusCode(200).extract().asString()), portsData,
                "the data is the resource as its GET answers it");
        assertTrue(Instant.parse(events.get(0).path("timestamp").asText()).isAfter(Instant.EPOCH));

        JsonPath log = asOwner().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("topic.deleted", "topic.published", "topic.updated", "topic.published"), log.getList("items.type"));
        assertEquals(List.of("delivered", "delivered", "delivered", "delivered"), log.getList("items.status"));
        assertEquals(4, log.getInt("items[3].attempts"));
        assertEquals(200, log.getInt("items[3].lastResponseStatus"));
        assertEquals(all.get(0).id(), log.getString("items[3].eventId"));
    }

    @Test
    void shouldWaitLongerAfterEachFailedAttemptAndNotSendBeforeItIsDue() {
        String id = register("/hook", "*");
        receiver.answer(n -> WebhookReceiver.Answer.of(503));
        createTopic("Energy");

        long previous = 0;
        for (int attempt = 1; attempt <= 4; attempt++) {
            dispatcher.dispatch();
            assertEquals(attempt, receiver.received().size());
            JsonPath delivery = lastDelivery(id);
            long waited = Duration.between(Instant.parse(delivery.getString("lastAttemptAt")),
                    Instant.parse(delivery.getString("nextAttemptAt"))).toSeconds();
            long base = 10L << (attempt - 1);
            assertTrue(waited >= base - 1 && waited <= base * 5 / 4 + 1, "attempt " + attempt + " waits " + waited);
            assertTrue(waited > previous, "backoff grows: " + previous + " then " + waited);
            assertEquals("pending", delivery.getString("status"));
            assertEquals("answered 503", delivery.getString("lastError"));
            previous = waited;
            clock.advance(Duration.ofSeconds(base - 2));
            dispatcher.dispatch();
            assertEquals(attempt, receiver.received().size(), "not sent before it is due");
            clock.advance(Duration.ofSeconds(base * 5 / 4 + 3));
        }
    }

    @Test
    void shouldHonourRetryAfterInSecondsAndAsAnHttpDate() {
        String id = register("/hook", "*");
        Instant now = clock.instant();
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(600).atOffset(ZoneOffset.UTC));
        receiver.answer(n -> switch (n) {
            case 1 -> new WebhookReceiver.Answer(429, Map.of("Retry-After", "120"));
            case 2 -> new WebhookReceiver.Answer(503, Map.of("Retry-After", date));
            default -> WebhookReceiver.Answer.of(200);
        });
        createTopic("Energy");

        dispatcher.dispatch();
        assertEquals(120, waited(lastDelivery(id)));
        clock.advance(Duration.ofSeconds(119));
        dispatcher.dispatch();
        assertEquals(1, receiver.received().size(), "Retry-After: 120 is kept");
        clock.advance(Duration.ofSeconds(2));
        dispatcher.dispatch();
        assertEquals(2, receiver.received().size());
        JsonPath delivery = lastDelivery(id);
        assertEquals(now.plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Instant.parse(delivery.getString("nextAttemptAt")), "the HTTP date is kept");
        clock.advance(Duration.ofSeconds(480));
        dispatcher.dispatch();
        assertEquals(3, receiver.received().size());
        assertEquals("delivered", lastDelivery(id).getString("status"));
    }

    @Test
    void shouldGiveUpAnEventAnsweredWithA4xxAtOnceAndGoOnWithTheNext() {
        String id = register("/hook", "*");
        receiver.answer(n -> WebhookReceiver.Answer.of(n == 1 ? 410 : n == 2 ? 400 : 200));
        createTopic("Energy");
        createTopic("Ports");
        createTopic("Shipping");

        dispatcher.dispatch();
        clock.advance(Duration.ofDays(1));
        dispatcher.dispatch();

        assertEquals(3, receiver.received().size(), "each once: a 4xx is not retried");
        JsonPath log = asOwner().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("delivered", "failed", "failed"), log.getList("items.status"));
        assertEquals(List.of(200, 400, 410), log.getList("items.lastResponseStatus"));
        assertEquals("answered 410", log.getString("items[2].lastError"));
        assertEquals(java.util.Arrays.asList(null, null, null), log.getList("items.nextAttemptAt"));
        asOwner().get("/api/v1/webhooks/" + id).then().statusCode(200).body("enabled", equalTo(true))
                .body("disabledReason", nullValue());
    }

    @Test
    void shouldNotFollowARedirect() {
        String id = register("/hook", "*");
        receiver.answer(n -> new WebhookReceiver.Answer(307, Map.of("Location", receiver.url("/elsewhere"))));
        createTopic("Energy");

        dispatcher.dispatch();
        clock.advance(Duration.ofDays(1));
        dispatcher.dispatch();

        assertEquals(1, receiver.received().size());
        assertEquals(List.of(), receiver.receivedAt("/elsewhere"));
        JsonPath delivery = lastDelivery(id);
        assertEquals("failed", delivery.getString("status"));
        assertEquals(307, delivery.getInt("lastResponseStatus"));
    }

    @Test
    void shouldDisableAnEndpointWhoseEventFailsEveryAttemptAndSayWhyUntilItsOwnerEnablesIt() {
        String id = register("/hook", "*");
        receiver.answer(n -> WebhookReceiver.Answer.of(500));
        createTopic("Energy");
        createTopic("Ports");
        int max = config.webhooks().maxAttempts();

        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt <= max + 2; attempt++) {
            dispatcher.dispatch();
            JsonPath delivery = lastDeliveryAt(id, 1);
            if (delivery.getString("nextAttemptAt") != null) {
                Duration wait = Duration.between(clock.instant(), Instant.parse(delivery.getString("nextAttemptAt")))
                        .plusSeconds(1);
                total = total.plus(wait);
                clock.advance(wait);
            }
        }

        assertEquals(max, receiver.received().size(), "the first event, every attempt; the second never");
        assertTrue(total.compareTo(Duration.ofDays(2)) > 0 && total.compareTo(Duration.ofDays(4)) < 0,
                "about 3 days of retries: " + total);
        asOwner().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("enabled", equalTo(false)).body("disabledAt", notNullValue())
                .body("disabledReason", containsString("failed after " + max + " attempts"))
                .body("disabledReason", containsString("answered 500"));
        assertEquals("failed", lastDeliveryAt(id, 1).getString("status"));

        receiver.answer(n -> WebhookReceiver.Answer.of(200));
        asOwner().contentType("application/merge-patch+json").body(Map.of("enabled", true))
                .patch("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("disabledReason", nullValue()).body("disabledAt", nullValue());
        createTopic("Shipping");
        dispatcher.dispatch();
        assertEquals(List.of("topic.published", "topic.published"),
                receiver.events().stream().map(e -> json(e).path("type").asText()).toList(), "goes on with the next events");
    }

    @Test
    void shouldSignWithBothSecretsDuringTheGraceAfterARotationAndOnlyTheNewOneAfter() {
        String id = register("/hook", "*");
        String old = receiverSecret;
        String rotated = asOwner().post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .body("previousSecretExpiresAt", notNullValue()).extract().path("secret");
        assertTrue(!rotated.equals(old));
        asOwner().get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue());
        receiver.trust(old, rotated);

        createTopic("Energy");
        dispatcher.dispatch();
        WebhookReceiver.Received during = receiver.received().get(0);
        assertEquals(2, during.signatureHeader().split(" ").length);
        assertEquals(List.of(old, rotated), during.verifiedBy());

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        createTopic("Ports");
        dispatcher.dispatch();
        WebhookReceiver.Received after = receiver.received().get(1);
        assertEquals(1, after.signatureHeader().split(" ").length);
        assertEquals(List.of(rotated), after.verifiedBy());
        asOwner().get("/api/v1/webhooks/" + id).then().statusCode(200).body("previousSecretExpiresAt", nullValue());
    }

    @Test
    void shouldRedeliverAnEventWithTheSameIdAndBody() {
        String id = register("/hook", "*");
        createTopic("Energy");
        dispatcher.dispatch();
        String deliveryId = lastDelivery(id).getString("id");

        asOwner().post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202)
                .body("status", equalTo("pending")).body("attempts", equalTo(0)).body("id", equalTo(deliveryId));
        dispatcher.dispatch();

        List<WebhookReceiver.Received> all = receiver.received();
        assertEquals(2, all.size());
        assertEquals(all.get(0).id(), all.get(1).id());
        assertEquals(all.get(0).body(), all.get(1).body());
        assertTrue(all.get(1).verifiedBy().size() == 1);
        assertEquals(1, receiver.events().size(), "the receiver's dedupe sees it once");
        assertEquals("delivered", lastDelivery(id).getString("status"));
        asOwner().post("/api/v1/webhooks/" + id + "/deliveries/" + java.util.UUID.randomUUID() + "/redeliver")
                .then().statusCode(404);
    }

    @Test
    void shouldResumeFromWhatTheDatabaseHoldsWithNoDuplicateAndNoGap() {
        String id = register("/hook", "topic.*");
        receiver.answer(n -> WebhookReceiver.Answer.of(n <= 2 ? 200 : 500));
        for (String name : List.of("One", "Two", "Three", "Four")) {
            createTopic(name);
        }
        dispatcher.dispatch(); // two delivered, the third failed once, the fourth waits behind it
        assertEquals(3, receiver.received().size());
        for (String name : List.of("Five", "Six")) {
            createTopic(name);
        }
        receiver.answer(n -> WebhookReceiver.Answer.of(200));
        clock.advance(Duration.ofMinutes(1));
        // A crash: an instance claimed the third event and stopped before it recorded the attempt.
        assertTrue(queue.claim().isPresent());

        // A new dispatcher, as after a restart: it knows nothing but what is in PostgreSQL.
        WebhookDispatcher restarted = new WebhookDispatcher(queue, sender, config);
        restarted.dispatch();
        assertEquals(3, receiver.received().size(), "the claimed event is left alone while its lease runs");
        clock.advance(Duration.ofMinutes(2));
        restarted.dispatch();
        restarted.close();

        List<String> names = receiver.events().stream().map(e -> json(e).path("data").path("name").asText()).toList();
        assertEquals(List.of("One", "Two", "Three", "Four", "Five", "Six"), names);
        assertEquals(6, receiver.received().stream().filter(r -> r.answered() == 200).count(), "no event twice");
        assertEquals(fixtures.query("select position from change_log_head"),
                fixtures.query("select position::text from webhook_endpoint where id = ?::uuid", id));
    }

    @Test
    void shouldSendAnArticleAsItsGetAnswersWhenPublishedAndATombstoneWhenUnpublishedButNothingForADraft() {
        register("/hook", "article.*");
        String slug = asEditor().contentType("application/json")
                .body(Map.of("headline", "Grid prices fall", "bodyMarkdown", "Prices fell again."))
                .post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        dispatcher.dispatch();
        assertEquals(0, receiver.received().size(), "a draft is not public: no event");

        asEditor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        dispatcher.dispatch();
        JsonNode published = json(receiver.events().get(0));
        assertEquals("article.published", published.path("type").asText());
        ObjectNode data = (ObjectNode) published.path("data").deepCopy();
        assertEquals("article", data.remove("kind").asText());
        assertEquals(json(given().get("/api/v1/articles/" + slug).then().statusCode(200).extract().asString()), data);

        asEditor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);
        dispatcher.dispatch();
        JsonNode unpublished = json(receiver.events().get(1));
        assertEquals("article.unpublished", unpublished.path("type").asText());
        assertEquals(Map.of("kind", "article", "id", data.path("id").asText(), "revision", 3, "slug", slug,
                "reason", "unpublished"), JSON.convertValue(unpublished.path("data"), Map.class));
    }

    @Test
    void shouldSendAPartnersEndpointOnlyWhatItsRightsAllow() {
        register("/hook", "article.*");
        String slug = asEditor().contentType("application/json")
                .body(Map.of("headline", "Grid prices fall", "bodyMarkdown", "Prices fell again."))
                .post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        asEditor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        dispatcher.dispatch();
        asEditor().contentType("application/merge-patch+json")
                .body(Map.of("syndication", Map.of("partners", List.of("another-partner"))))
                .patch("/api/v1/articles/" + slug).then().statusCode(200);
        asEditor().contentType("application/merge-patch+json").body(Map.of("dek", "Not for this partner"))
                .patch("/api/v1/articles/" + slug).then().statusCode(200);
        dispatcher.dispatch();

        List<JsonNode> events = receiver.events().stream().map(WebhookDeliveryTest::json).toList();
        // The draft's creation and its publication, both read once it was public; then the two edits it may not see.
        assertEquals(List.of("article.published", "article.published", "article.unpublished", "article.unpublished"),
                events.stream().map(event -> event.path("type").asText()).toList());
        assertEquals("out-of-scope", events.get(2).path("data").path("reason").asText());
        assertEquals(false, events.get(3).path("data").has("dek"), "what the partner may not see is never sent");
    }

    @Test
    void shouldNotLetASlowEndpointHoldUpAnotherAndRetryItsTimeout() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
        WebhookReceiver slow = new WebhookReceiver();
        try {
            String fastId = register("/fast", "*");
            String slowId = registerAt(slow, "/slow");
            slow.answer(n -> {
                arrived.incrementAndGet();
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS); // longer than the request timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return WebhookReceiver.Answer.of(200);
            });
            createTopic("Energy");
            createTopic("Ports");
            createTopic("Shipping");

            java.util.concurrent.CompletableFuture<Void> round = java.util.concurrent.CompletableFuture.runAsync(dispatcher::dispatch);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (receiver.events().size() < 3 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(3, receiver.events().size(), "the fast endpoint gets all its events");
            assertEquals(1, arrived.get(), "while the slow one is still on its first");
            assertTrue(!round.isDone());
            round.get(30, java.util.concurrent.TimeUnit.SECONDS);
            release.countDown();

            JsonPath timedOut = lastDeliveryAt(slowId, 2);
            assertEquals("pending", timedOut.getString("status"));
            assertTrue(timedOut.get("lastResponseStatus") == null);
            assertTrue(timedOut.getString("lastError").startsWith("timed out"), timedOut.getString("lastError"));
            assertEquals(List.of("delivered", "delivered", "delivered"),
                    asOwner().get("/api/v1/webhooks/" + fastId + "/deliveries").then().statusCode(200).extract().jsonPath()
                            .getList("items.status"));
        } finally {
            release.countDown();
            slow.close();
        }
    }

    private String receiverSecret;

    private String registerAt(WebhookReceiver other, String path) {
        JsonPath created = asOwner().contentType("application/json")
                .body(Map.of("url", other.url(path), "events", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        other.trust(created.getString("secret"));
        return created.getString("id");
    }

    /** Registers an endpoint of the receiver with the partner's key; the receiver trusts its secret. */
    private String register(String path, String events) {
        JsonPath created = asOwner().contentType("application/json")
                .body(Map.of("url", receiver.url(path), "events", List.of(events)))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        receiverSecret = created.getString("secret");
        receiver.trust(receiverSecret);
        return created.getString("id");
    }

    private String createTopic(String name) {
        return asEditor().contentType("application/json").body(Map.of("name", name))
                .post("/api/v1/topics").then().statusCode(201).extract().path("slug");
    }

    private void patchTopic(String slug, Map<String, Object> patch) {
        asEditor().contentType("application/merge-patch+json").body(patch).patch("/api/v1/topics/" + slug)
                .then().statusCode(200);
    }

    private JsonPath lastDelivery(String id) {
        return lastDeliveryAt(id, 0);
    }

    /** A delivery of the endpoint's log, by its place from the newest (0) back. */
    private JsonPath lastDeliveryAt(String id, int fromNewest) {
        JsonPath log = asOwner().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
        return new JsonPath(json(log.prettify()).path("items").get(fromNewest).toString());
    }

    private static long waited(JsonPath delivery) {
        return Duration.between(Instant.parse(delivery.getString("lastAttemptAt")),
                Instant.parse(delivery.getString("nextAttemptAt"))).toSeconds();
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor).header("If-Match", "*");
    }

    private RequestSpecification asOwner() {
        return given().auth().oauth2(partner);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
