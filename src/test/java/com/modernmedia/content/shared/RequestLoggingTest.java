package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.LogRecorder;
import com.modernmedia.content.LogRecorder.Logged;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What the service logs about a request names the request by its id, and never holds a secret: no API key, whether
 * it is sent, created, refused or bootstraps the admin, and no Authorization header.
 */
@QuarkusTest
class RequestLoggingTest {

    @Inject
    Fixtures fixtures;

    private final LogRecorder log = new LogRecorder();

    @BeforeEach
    void listen() {
        fixtures.reset();
        log.start();
    }

    @AfterEach
    void stopListening() {
        log.stop();
    }

    @Test
    void shouldLogWhatARequestDidWithTheIdOfThatRequest() {
        String editor = fixtures.apiKey("editor");

        given().header(RequestId.HEADER, "write-7").auth().oauth2(editor).contentType("application/json")
                .body("{\"name\": \"Shipping lanes\"}").post("/api/v1/topics").then().statusCode(201);

        List<Logged> changed = log.of(CacheInvalidation.class);
        assertEquals(1, changed.size(), "the write's invalidation is logged: " + log.all());
        assertEquals("write-7", changed.get(0).mdc().get(RequestId.MDC_KEY), "logged on a worker thread, after the commit");
    }

    @Test
    void shouldNeverLogAnApiKeyOrAnAuthorizationHeader() {
        String editor = fixtures.apiKey("editor");
        String partner = fixtures.apiKey("partner");
        String unknown = "cak_NotAKeyAnyoneWasGiven0123456789abcdef";

        given().auth().oauth2(editor).contentType("application/json").body("{\"name\": \"Ports\"}")
                .post("/api/v1/topics").then().statusCode(201);
        given().auth().oauth2(unknown).get("/api/v1/articles").then().statusCode(401);
        given().auth().oauth2(partner).contentType("application/json").body("{\"name\": \"Docks\"}")
                .post("/api/v1/topics").then().statusCode(403);
        given().header("Authorization", "Basic " + unknown).get("/api/v1/topics").then().statusCode(401);
        String created = given().auth().oauth2(Fixtures.ADMIN_KEY).contentType("application/json")
                .body("{\"name\": \"wire-desk\", \"role\": \"editor\"}").post("/api/v1/admin/keys")
                .then().statusCode(201).extract().path("key");
        given().auth().oauth2(created).get("/api/v1/articles").then().statusCode(200);
        given().auth().oauth2(created).contentType("application/json").body("{\"name\": \"" + "x".repeat(300) + "\"}")
                .post("/api/v1/topics").then().statusCode(400);

        assertFalse(log.of(CacheInvalidation.class).isEmpty(), "something was logged");
        for (String secret : List.of(editor, partner, unknown, created, Fixtures.ADMIN_KEY, "Bearer ", "Authorization")) {
            List<Logged> leaks = log.all().stream()
                    .filter(l -> l.text().contains(secret) || l.mdc().values().stream().anyMatch(v -> v.contains(secret)))
                    .toList();
            assertEquals(List.of(), leaks, "logged: " + secret);
        }
    }
}
