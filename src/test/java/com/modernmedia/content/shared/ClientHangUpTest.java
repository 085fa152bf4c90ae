package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that declares a body, sends part of it and hangs up has done nothing the operator must hear about:
 * a DEBUG line, no ERROR, nothing written, and an Idempotency-Key it sent stays free for its retry.
 */
@QuarkusTest
class ClientHangUpTest {

    @Inject
    Fixtures fixtures;

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final CountDownLatch noticed = new CountDownLatch(1);
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
            if (ProblemMapper.class.getName().equals(record.getLoggerName()) && record.getLevel().intValue() == Level.FINE.intValue()) {
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
    private String editor;

    @BeforeEach
    void listen() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(recorder);
    }

    /**
     * It waits for 100 Continue, which the server sends as the body is first read, so the hang-up comes while the
     * read is under way: in the key's filter with a key, in Jackson without.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Idempotency-Key: hung-up\r\n", ""})
    void shouldLogAClientThatHangsUpMidBodyAtDebugAndWriteNothing(String keyHeader) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            send(socket, "POST /api/v1/topics HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + editor
                    + "\r\nContent-Type: application/json\r\n" + keyHeader + "Content-Length: 1000\r\n"
                    + "Expect: 100-continue\r\n\r\n");
            byte[] interim = socket.getInputStream().readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, StandardCharsets.US_ASCII));
            send(socket, "{\"name\": \"Ha");
        }

        assertTrue(noticed.await(10, TimeUnit.SECONDS), "the hang-up was not logged at DEBUG: " + messages(records));
        assertEquals(List.of(), messages(records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList()));
        assertEquals("0", fixtures.query("select count(*) from topic"));
        assertEquals("0", fixtures.query("select count(*) from idempotent_request"), "the key is free");
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("Idempotency-Key", "hung-up")
                .body(Map.of("name", "Harbour")).when().post("/api/v1/topics").then().statusCode(201);
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static List<String> messages(List<LogRecord> records) {
        return records.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()).toList();
    }
}
