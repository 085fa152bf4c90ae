package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP/1.0 has no Host header, and simple health checkers and old proxies send none: the service answers such a
 * request as it answers any other, with its status and a body, never a 5xx.
 */
@QuarkusTest
class HttpWithoutHostTest {

    @Inject
    Fixtures fixtures;

    private Fixtures.Ref article;

    @BeforeEach
    void reset() {
        fixtures.reset();
        fixtures.article("An older story").publish();
        article = fixtures.article("Plain old HTTP").publish();
    }

    @Test
    void shouldAnswerAListAndItsNextPageWithoutHost() throws IOException {
        String first = get("/api/v1/articles?limit=1");
        assertAnswered(200, first);
        assertTrue(first.contains("Link: </api/v1/articles?limit=1&cursor="), first);
        assertAnswered(200, get("/api/v1/articles?limit=1")); // now from the representation cache
    }

    @Test
    void shouldAnswerOneArticleAndAMissingOneWithoutHost() throws IOException {
        assertAnswered(200, get("/api/v1/articles/" + article.slug()));
        assertAnswered(404, get("/api/v1/articles/no-such-story"));
        assertAnswered(404, get("/api/v1/nothing-here"));
    }

    @Test
    void shouldRedirectAnOldSlugWithoutHost() throws IOException {
        fixtures.oldSlug("article", "plain-http", article);
        String answer = get("/api/v1/articles/plain-http");
        assertTrue(answer.startsWith("HTTP/1.0 301 ") || answer.startsWith("HTTP/1.1 301 "), answer);
        assertTrue(answer.contains("Location: /api/v1/articles/" + article.slug()), answer);
    }

    @Test
    void shouldCreateWithoutHostAndSayWhere() throws IOException {
        String body = "{\"name\": \"Ports\"}";
        String answer = send("POST /api/v1/topics HTTP/1.0\r\nAuthorization: Bearer " + fixtures.apiKey("editor")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

        assertAnswered(201, answer);
        assertTrue(answer.contains("Location: /api/v1/topics/ports"), answer);
        assertEquals("1", fixtures.query("select count(*) from topic"));
    }

    @Test
    void shouldRefuseAnHttp11RequestWithoutHostWithAProblem() throws IOException {
        String answer = send("GET /api/v1/articles HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertAnswered(400, answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("/problems/invalid-header") && answer.contains("The Host header is required in HTTP/1.1."), answer);
    }

    private static String get(String path) throws IOException {
        return send("GET " + path + " HTTP/1.0\r\n\r\n");
    }

    /** Sends one HTTP/1.0 request and reads the answer to its end: the server closes the connection after it. */
    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertAnswered(int status, String answer) {
        String statusLine = answer.lines().findFirst().orElse("");
        assertTrue(statusLine.matches("HTTP/1\\.[01] " + status + " .*"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertTrue(body.startsWith("{"), answer);
    }
}
