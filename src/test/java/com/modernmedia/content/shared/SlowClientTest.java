package com.modernmedia.content.shared;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A client that starts a request and then sends nothing more (a slowloris) is cut off once its connection has been
 * idle for quarkus.http.idle-timeout (HTTP_IDLE_TIMEOUT, 30 s; 1 s here, so the test is quick), and so is a kept-alive
 * connection left unused. The socket's read timeout is the upper bound: a connection still open then fails the test.
 */
@QuarkusTest
@TestProfile(SlowClientTest.ShortIdleTimeout.class)
class SlowClientTest {

    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Duration PATIENCE = IDLE.plusSeconds(5);

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "1s"); // IDLE
        }
    }

    @Test
    void shouldCloseAConnectionThatStopsInTheRequestLine() throws IOException {
        assertClosedAfterIdling("GET /api/v1/artic");
    }

    @Test
    void shouldCloseAConnectionThatStopsInTheHeaders() throws IOException {
        assertClosedAfterIdling("GET /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nAccept: application/js");
    }

    @Test
    void shouldCloseAKeptAliveConnectionLeftUnused() throws IOException {
        String answer = assertClosedAfterIdling("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    /** Sends the start of a request, then nothing; returns what the server sent before it closed the connection. */
    private static String assertClosedAfterIdling(String start) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            long started = System.nanoTime();
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String received = readUntilClosed(socket.getInputStream());
            Duration open = Duration.ofNanos(System.nanoTime() - started);

            assertTrue(open.compareTo(IDLE.minusMillis(100)) >= 0, "closed after " + open + ", before the idle timeout");
            return received;
        }
    }

    private static String readUntilClosed(InputStream in) throws IOException {
        try {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException stillOpen) {
            return fail("the connection was still open after " + PATIENCE);
        } catch (SocketException reset) {
            return "";
        }
    }
}
