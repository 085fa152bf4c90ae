package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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
    void shouldNeverCreateTwiceUnderConcurrentRetries() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return createTopic(editor, "burst", "Burst").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertTrue(statuses.contains(201), statuses.toString());
        assertEquals("1", fixtures.query("select count(*) from topic"));
    }

    /**
     * A client that declares 1000 bytes of body, sends a few and hangs up while the key's filter reads them: a DEBUG
     * line, no ERROR, no claim left behind. It waits for 100 Continue, which the server sends as the body is first
     * read, so the hang-up comes while the read is under way.
     */
    @Test
    void shouldLogAClientThatHangsUpMidBodyAtDebugAndLeaveItsKeyFree() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        CountDownLatch noticed = new CountDownLatch(1);
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
                if (IdempotencyFilter.class.getName().equals(record.getLoggerName())) {
                    noticed.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(recorder);
        try {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.setSoTimeout(10_000);
                send(socket, "POST /api/v1/topics HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + editor
                        + "\r\nContent-Type: application/json\r\nIdempotency-Key: hung-up\r\nContent-Length: 1000\r\n"
                        + "Expect: 100-continue\r\n\r\n");
                byte[] interim = socket.getInputStream().readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
                assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, StandardCharsets.US_ASCII));
                send(socket, "{\"name\": \"Ha");
            }
            assertTrue(noticed.await(10, TimeUnit.SECONDS), "the hang-up was not logged at DEBUG: " + messages(records));

            assertEquals(201, createTopic(editor, "hung-up", "Whole").statusCode());
        } finally {
            Logger.getLogger("").removeHandler(recorder);
        }
        assertEquals(Level.FINE, records.stream()
                .filter(r -> IdempotencyFilter.class.getName().equals(r.getLoggerName())).findFirst().orElseThrow().getLevel());
        assertEquals(List.of(), messages(records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()).toList()));
        assertEquals("1", fixtures.query("select count(*) from topic"));
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static List<String> messages(List<LogRecord> records) {
        return records.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()).toList();
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
