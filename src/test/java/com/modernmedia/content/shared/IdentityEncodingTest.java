package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Content-Encoding: identity is a mark between Quarkus and Vert.x and never reaches a client, whatever the status,
 * whether or not the client accepts gzip; small JSON still goes uncompressed and large JSON compressed when asked.
 */
@QuarkusTest
class IdentityEncodingTest {

    @Inject
    Fixtures fixtures;

    private String editor;
    private Fixtures.Ref topic;
    private String longRead;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        topic = fixtures.topic("Climate");
        fixtures.oldSlug("topic", "weather", topic);
        longRead = "/api/v1/articles/" + fixtures.article("Long read").paragraph("Words upon words. ".repeat(100)).publish().slug();
    }

    @ParameterizedTest(name = "accepts gzip: {0}")
    @ValueSource(booleans = {false, true})
    void shouldSendNoIdentityOnRedirects(boolean gzip) {
        check(client(gzip).redirects().follow(false).get("/api/v1/topics/weather"), 301);
        check(client(gzip).redirects().follow(false).auth().oauth2(editor).header("If-Match", etagOf(topic.slug()))
                .contentType(ContentType.JSON).body(Map.of("name", "Weather")).put("/api/v1/topics/weather"), 308);
    }

    @ParameterizedTest(name = "accepts gzip: {0}")
    @ValueSource(booleans = {false, true})
    void shouldSendNoIdentityOnOptions(boolean gzip) {
        check(client(gzip).options("/api/v1/topics"), 204);
        check(client(gzip).header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/topics"), 200);
    }

    @ParameterizedTest(name = "accepts gzip: {0}")
    @ValueSource(booleans = {false, true})
    void shouldSendNoIdentityOnAnswersWithoutABody(boolean gzip) {
        String smallTag = given().get("/api/v1/topics").then().extract().header("ETag");
        check(client(gzip).header("If-None-Match", smallTag).get("/api/v1/topics"), 304);
        String largeTag = given().get(longRead).then().extract().header("ETag");
        check(client(gzip).header("If-None-Match", largeTag).get(longRead), 304);
        check(client(gzip).head("/api/v1/topics"), 200);
        check(client(gzip).head(longRead), 200);

        Fixtures.Ref doomed = fixtures.topic("Doomed");
        check(client(gzip).auth().oauth2(editor).header("If-Match", etagOf(doomed.slug())).delete("/api/v1/topics/" + doomed.slug()), 204);
    }

    @ParameterizedTest(name = "accepts gzip: {0}")
    @ValueSource(booleans = {false, true})
    void shouldSendNoIdentityOnProblems(boolean gzip) {
        check(client(gzip).get("/api/v1/articles?limit=500"), 400);
        check(client(gzip).contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/v1/topics"), 401);
        check(client(gzip).get("/api/v1/magazines"), 404);
        check(client(gzip).delete("/api/v1/topics"), 405);
        check(client(gzip).auth().oauth2(editor).contentType(ContentType.JSON)
                .body("{\"name\": \"" + "x".repeat(70 * 1024) + "\"}").post("/api/v1/topics"), 413);
    }

    @ParameterizedTest(name = "accepts gzip: {0}")
    @ValueSource(booleans = {false, true})
    void shouldSendNoIdentityOnSuccessAndStillCompressOnlyLargeBodies(boolean gzip) {
        Response small = client(gzip).get("/api/v1/topics");
        check(small, 200);
        assertNull(small.header("Content-Encoding"));

        for (int read = 0; read < 2; read++) { // built, then kept
            Response large = client(gzip).get(longRead);
            check(large, 200);
            assertEquals(gzip ? "gzip" : null, large.header("Content-Encoding"));
        }
        check(client(gzip).auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("name", "Fresh")).post("/api/v1/topics"), 201);
    }

    private static void check(Response answer, int status) {
        answer.then().statusCode(status).header("Content-Encoding", not(equalTo("identity")));
        assertEquals(0, answer.headers().getValues("Content-Encoding").stream().filter("identity"::equalsIgnoreCase).count(),
                "Content-Encoding: identity on a " + status);
    }

    /** A client that asks for gzip, or one that sends no Accept-Encoding at all. */
    private static RequestSpecification client(boolean gzip) {
        return gzip ? given().header("Accept-Encoding", "gzip")
                : given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private String etagOf(String slug) {
        return given().auth().oauth2(editor).get("/api/v1/topics/" + slug).then().statusCode(200).extract().header("ETag");
    }
}
