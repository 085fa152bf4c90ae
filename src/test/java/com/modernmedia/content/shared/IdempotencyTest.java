package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A create retried with the same Idempotency-Key returns the first result instead of a duplicate. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    Fixtures fixtures;

    private String editor;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
    }

    private ExtractableResponse<Response> createTopic(String key, String idempotencyKey, String name) {
        var request = given().auth().oauth2(key).contentType(ContentType.JSON).body(Map.of("name", name));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/topics").then().extract();
    }

    @Test
    void shouldReturnTheFirstResultToARetry() {
        var first = createTopic(editor, "create-world-1", "World");
        var retry = createTopic(editor, "create-world-1", "World");

        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals("1", fixtures.query("select count(*) from topic"));
    }

    @Test
    void shouldRefuseTheSameKeyForADifferentRequest() {
        assertEquals(201, createTopic(editor, "key-a", "World").statusCode());

        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("name", "Not the world"))
                .header("Idempotency-Key", "key-a")
                .when().post("/api/v1/topics")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals("1", fixtures.query("select count(*) from topic"));
    }

    @Test
    void shouldFreeTheKeyWhenTheFirstRequestWasRefused() {
        fixtures.topic("Taken");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("name", "")).header("Idempotency-Key", "k")
                .when().post("/api/v1/topics").then().statusCode(400);

        assertEquals(201, createTopic(editor, "k", "Corrected").statusCode());
    }

    @Test
    void shouldKeepKeysApartPerApiKey() {
        String other = fixtures.apiKey("editor");

        assertEquals(201, createTopic(editor, "shared-key", "One").statusCode());
        var second = createTopic(other, "shared-key", "Two");

        assertEquals(201, second.statusCode());
        assertEquals(null, second.header("Idempotent-Replayed"));
        assertEquals("2", fixtures.query("select count(*) from topic"));
    }

    @Test
    void shouldNeverCreateTwiceAndGiveEveryConcurrentRetryTheFirstAnswer() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                String idempotencyKey = "burst-" + round;
                var start = new CountDownLatch(1);
                List<Future<ExtractableResponse<Response>>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return createTopic(editor, idempotencyKey, "Burst " + idempotencyKey);
                    }));
                }
                start.countDown();
                Set<String> locations = new HashSet<>();
                int firstAnswers = 0;
                for (var result : results) {
                    var answer = result.get(30, TimeUnit.SECONDS);
                    assertEquals(201, answer.statusCode(), "a duplicate waits for the first answer: " + answer.body().asString());
                    locations.add(answer.header("Location"));
                    firstAnswers += answer.header("Idempotent-Replayed") == null ? 1 : 0;
                }
                assertEquals(1, locations.size(), "one topic, one Location");
                assertEquals(1, firstAnswers, "the others are replays");
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("10", fixtures.query("select count(*) from topic"));
        assertEquals("0", fixtures.query("select count(*) from idempotent_request where status = 0"), "no claim left unanswered");
    }

    @Test
    void shouldRejectAnUnusableKey() {
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .header("Idempotency-Key", "k".repeat(201))
                .when().post("/api/v1/topics")
                .then().statusCode(400).body("type", endsWith("/invalid-header"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).header("Idempotency-Key", "anonymous")
                .when().post("/api/v1/topics")
                .then().statusCode(401).body("status", equalTo(401));
    }
}
