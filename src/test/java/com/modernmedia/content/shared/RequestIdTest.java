package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every answer carries X-Request-Id: the one the request sent when it is sane, a new one otherwise; problems and the
 * answers of the filters ahead of the resources too, and browsers may read it.
 */
@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    Fixtures fixtures;

    private Fixtures.Ref article;

    @BeforeEach
    void content() {
        fixtures.reset();
        article = fixtures.article("Harbour lights").publish();
    }

    @Test
    void shouldGiveARequestWithoutAnIdANewOneEachTime() {
        String first = given().get("/api/v1/articles").then().statusCode(200)
                .header(RequestId.HEADER, matchesPattern(UUID)).extract().header(RequestId.HEADER);
        String second = given().get("/api/v1/articles").then().statusCode(200)
                .header(RequestId.HEADER, matchesPattern(UUID)).extract().header(RequestId.HEADER);

        assertNotEquals(first, second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7f3c1e9a-2b4d-4e5f-8a6b-0c1d2e3f4a5b", "lb-1732962000.123:42", "a"})
    void shouldEchoASaneIdTheRequestSent(String sent) {
        given().header(RequestId.HEADER, sent).get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header(RequestId.HEADER, equalTo(sent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "<script>", "line\tbreak", "quote\"d", "ünïcode",
            "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void shouldReplaceAnIdThatIsTooLongOrHoldsOtherCharacters(String sent) {
        given().header(RequestId.HEADER, sent).get("/api/v1/articles")
                .then().statusCode(200).header(RequestId.HEADER, matchesPattern(UUID));
    }

    @Test
    void shouldCarryTheIdOnAnswersFromTheRepresentationCacheAndOn304() {
        String etag = given().get("/api/v1/articles/" + article.slug()).then().statusCode(200).extract().header("ETag");

        given().header(RequestId.HEADER, "kept-1").get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header(RequestId.HEADER, equalTo("kept-1"));
        given().header(RequestId.HEADER, "kept-2").header("If-None-Match", etag).get("/api/v1/articles/" + article.slug())
                .then().statusCode(304).header(RequestId.HEADER, equalTo("kept-2"));
    }

    @Test
    void shouldCarryTheIdOnProblems() {
        assertProblemWithId(given().header(RequestId.HEADER, "p-404").get("/api/v1/articles/no-such-story"), 404, "p-404");
        assertProblemWithId(given().header(RequestId.HEADER, "p-400").get("/api/v1/articles?limit=500"), 400, "p-400");
        assertProblemWithId(given().header(RequestId.HEADER, "p-401").auth().oauth2("not-a-key")
                .get("/api/v1/articles"), 401, "p-401");
        assertProblemWithId(given().header(RequestId.HEADER, "p-405").delete("/api/v1/articles"), 405, "p-405");
    }

    @Test
    void shouldCarryTheIdOnAnswersOfTheFiltersAheadOfTheResources() {
        // WriteOriginPolicy refuses a write from a browser origin not listed.
        assertProblemWithId(given().header(RequestId.HEADER, "edge-403").header("Origin", "https://elsewhere.example")
                .contentType("application/json").body("{}").post("/api/v1/topics"), 403, "edge-403");
        // RequestBodyLimit refuses a body over the limit (64 KiB in tests).
        assertProblemWithId(given().header(RequestId.HEADER, "edge-413").contentType("application/json")
                .body("{\"name\": \"" + "x".repeat(70_000) + "\"}").post("/api/v1/topics"), 413, "edge-413");
        // OptionsFilter answers OPTIONS itself.
        given().header(RequestId.HEADER, "edge-204").options("/api/v1/topics")
                .then().statusCode(204).header(RequestId.HEADER, equalTo("edge-204"));
        // Quarkus' CORS filter answers a preflight.
        given().header(RequestId.HEADER, "edge-preflight").header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "GET").options("/api/v1/articles")
                .then().statusCode(200).header(RequestId.HEADER, equalTo("edge-preflight"));
    }

    @Test
    void shouldLetBrowserScriptsSendAndReadTheId() {
        given().header("Origin", "https://app.example").get("/api/v1/articles")
                .then().statusCode(200).header("Access-Control-Expose-Headers", containsString(RequestId.HEADER));
        given().header("Origin", "https://app.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-request-id").options("/api/v1/articles")
                .then().statusCode(200).header("Access-Control-Allow-Headers", containsString(RequestId.HEADER));
    }

    private static void assertProblemWithId(Response response, int status, String id) {
        response.then().statusCode(status).contentType(Problem.MEDIA_TYPE).header(RequestId.HEADER, equalTo(id));
    }
}
