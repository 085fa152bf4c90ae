package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body over quarkus.http.limits.max-body-size (64 KiB in tests) is answered 413 with a problem document, whatever
 * the client: one that waits for 100 Continue, one that sends the body at once, one that streams it chunked. Every
 * client here gives up after a few seconds, so a hang fails the test instead of blocking the build.
 */
@QuarkusTest
class RequestBodyLimitTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String PROBLEM = Problem.TYPE_BASE + "content-too-large";

    @Inject
    Fixtures fixtures;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    private String editor;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
    }

    @Test
    void shouldRefuseATooLargeBodyWithAProblemForAClientThatWaitsFor100Continue() throws Exception {
        HttpResponse<String> answer = send(post("/api/v1/articles", fixedLength(tooLargeArticle())).expectContinue(true));

        assertProblem(answer);
        assertEquals("0", fixtures.query("select count(*) from article"));
    }

    @Test
    void shouldRefuseATooLargeBodyWithAProblemForAClientThatSendsItAtOnce() throws Exception {
        HttpResponse<String> answer = send(post("/api/v1/articles", fixedLength(tooLargeArticle())).expectContinue(false));

        assertProblem(answer);
        assertEquals("0", fixtures.query("select count(*) from article"));
    }

    @Test
    void shouldRefuseAChunkedBodyOnceItOutgrowsTheLimit() throws Exception {
        assertProblem(send(post("/api/v1/articles", chunked(tooLargeArticle())).expectContinue(false)));
        assertProblem(send(post("/api/v1/articles", chunked(tooLargeArticle())).expectContinue(true)));

        assertEquals("0", fixtures.query("select count(*) from article"));
    }

    @Test
    void shouldTakeAChunkedBodyWithinTheLimit() throws Exception {
        byte[] topic = "{\"name\": \"Streamed\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals(201, send(post("/api/v1/topics", chunked(topic)).expectContinue(false)).statusCode());
        HttpResponse<String> waited = send(post("/api/v1/topics", chunked("{\"name\": \"Waited\"}".getBytes(StandardCharsets.UTF_8)))
                .expectContinue(true));

        assertEquals(201, waited.statusCode());
        assertEquals("Waited", JsonPath.from(waited.body()).getString("name"));
        assertEquals("2", fixtures.query("select count(*) from topic"));
    }

    /** What curl does for a large body: headers with Expect, the body after 100 Continue. */
    @Test
    void shouldAnswer100ContinueThenTheProblemAndCloseTheConnection() throws Exception {
        byte[] body = tooLargeArticle();
        try (RawConnection connection = new RawConnection()) {
            connection.write(head("POST /api/v1/articles", "Content-Length: " + body.length, "Expect: 100-continue"));
            assertEquals(100, connection.readAnswer().status());

            connection.write(body);
            RawAnswer answer = connection.readAnswer();

            assertRawProblem(answer);
            assertEquals("close", answer.header("connection"));
            assertTrue(connection.isClosedByServer());
        }
        assertEquals("0", fixtures.query("select count(*) from article"));
    }

    /** A body too large even to drain is refused before it is sent; the client sends nothing more. */
    @Test
    void shouldRefuseABodyDeclaredFarTooLargeBeforeItIsSent() throws Exception {
        try (RawConnection connection = new RawConnection()) {
            connection.write(head("POST /api/v1/articles", "Content-Length: 1099511627776", "Expect: 100-continue"));

            RawAnswer answer = connection.readAnswer();

            assertRawProblem(answer);
            assertTrue(connection.isClosedByServer());
        }
    }

    @Test
    void shouldRefuseAChunkedBodyMidStreamAndCloseTheConnectionOnceItEnds() throws Exception {
        try (RawConnection connection = new RawConnection()) {
            connection.write(head("POST /api/v1/articles", "Transfer-Encoding: chunked"));
            byte[] kibibyte = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            for (long sent = 0; sent <= limit.asLongValue(); sent += kibibyte.length) {
                connection.write(("400\r\n").getBytes(StandardCharsets.US_ASCII));
                connection.write(kibibyte);
                connection.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            connection.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            RawAnswer answer = connection.readAnswer();

            assertRawProblem(answer);
            assertTrue(connection.isClosedByServer());
        }
        assertEquals("0", fixtures.query("select count(*) from article"));
    }

    /** The body is read here to be measured; the resource must then get it whole, after exactly one 100 Continue. */
    @Test
    void shouldHandAChunkedBodyWithinTheLimitToTheResourceAfterOne100Continue() throws Exception {
        try (RawConnection connection = new RawConnection()) {
            connection.write(head("POST /api/v1/test-probe", "Transfer-Encoding: chunked", "Expect: 100-continue",
                    "Content-Type: application/json"));
            assertEquals(100, connection.readAnswer().status());
            connection.write("7\r\n{\"text\"\r\n9\r\n: \"echo\"}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            RawAnswer echoed = connection.readAnswer();
            assertEquals(200, echoed.status());
            assertEquals("echo", JsonPath.from(echoed.body()).getString("text"));

            // The connection goes on with the next request: no stray 100 Continue came after the answer.
            connection.write(head("GET /api/v1/topics"));
            assertEquals(200, connection.readAnswer().status());
        }
    }

    private void assertProblem(HttpResponse<String> answer) {
        assertEquals(413, answer.statusCode());
        assertEquals(Problem.MEDIA_TYPE, answer.headers().firstValue("Content-Type").orElse(null));
        assertProblemBody(answer.body());
    }

    private void assertRawProblem(RawAnswer answer) {
        assertEquals(413, answer.status());
        assertEquals(Problem.MEDIA_TYPE, answer.header("content-type"));
        assertProblemBody(answer.body());
    }

    private void assertProblemBody(String body) {
        JsonPath problem = JsonPath.from(body);
        assertEquals(PROBLEM, problem.getString("type"));
        assertEquals("Content Too Large", problem.getString("title"));
        assertEquals(413, problem.getInt("status"));
        assertEquals("Request bodies may have at most 65536 bytes (64 KiB); this one has more. Send a smaller body.",
                problem.getString("detail"));
        assertEquals("/api/v1/articles", problem.getString("instance"));
    }

    /** An article just over the limit: a client cannot tell it from any other article but by its size. */
    private byte[] tooLargeArticle() {
        String words = "word ".repeat((int) (limit.asLongValue() / 5) + 100);
        return ("{\"headline\": \"Huge\", \"bodyMarkdown\": \"" + words + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + editor).header("Content-Type", "application/json")
                .version(HttpClient.Version.HTTP_1_1) // as curl sends it; the JDK cannot combine its h2c upgrade with Expect
                .timeout(PATIENCE).POST(body);
    }

    private static HttpRequest.BodyPublisher fixedLength(byte[] body) {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }

    /** A body of unknown length, which the JDK client sends with Transfer-Encoding: chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    /** Sends with a fresh client, and fails rather than waits when no whole answer comes in time. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private byte[] head(String requestLine, String... headers) {
        StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("Authorization: Bearer ").append(editor).append("\r\n");
        if (!String.join("", headers).contains("Content-Type")) {
            head.append("Content-Type: application/json\r\n");
        }
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private record RawAnswer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** HTTP/1.1 over a plain socket, to send exactly what curl sends and see every interim answer. */
    private static final class RawConnection implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        RawConnection() throws IOException {
            socket = new Socket("localhost", RestAssured.port);
            socket.setSoTimeout((int) PATIENCE.toMillis());
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /** One answer: status line, headers, and a body of Content-Length bytes. */
        RawAnswer readAnswer() throws IOException {
            String statusLine = readLine();
            Map<String, String> headers = new HashMap<>();
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            return new RawAnswer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }

        /** The server closed its end: the next read finds the end of the stream (or a reset) instead of waiting. */
        boolean isClosedByServer() {
            try {
                return in.read() == -1;
            } catch (java.net.SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                return true;
            }
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b == -1) {
                    throw new IOException("connection closed mid-answer after: " + line);
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
