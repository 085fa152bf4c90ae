package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Browsers read from anywhere but write only from the configured origins (test: https://newsroom.example). */
@QuarkusTest
class WriteOriginPolicyTest {

    private static final String NEWSROOM = "https://newsroom.example";
    private static final String STRANGER = "https://elsewhere.example";

    @Inject
    Fixtures fixtures;

    private String editor;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
    }

    @Test
    void shouldApproveThePreflightOfAWriteFromAConfiguredOrigin() {
        preflight(NEWSROOM, "PATCH")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", NEWSROOM)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    }

    @Test
    void shouldRefuseThePreflightOfAWriteFromAnyOtherOrigin() {
        preflight(STRANGER, "POST")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", equalTo(Problem.TYPE_BASE + "origin-not-allowed"))
                .body("detail", containsString(STRANGER));
    }

    @Test
    void shouldApproveThePreflightOfAReadFromAnyOrigin() {
        preflight(STRANGER, "GET")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", STRANGER);
    }

    @Test
    void shouldRefuseAWriteAPageSendsFromAnotherOriginAndChangeNothing() {
        asEditorFrom(STRANGER).body(Map.of("name", "Smuggled")).when().post("/api/v1/topics")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "origin-not-allowed"));

        assertEquals("0", fixtures.query("select count(*) from topic"));
    }

    @Test
    void shouldAcceptWritesFromAConfiguredOriginAndExposeWhatTheyAnswer() {
        asEditorFrom(NEWSROOM).body(Map.of("name", "Newsroom picks")).when().post("/api/v1/topics")
                .then().statusCode(201)
                .header("Access-Control-Allow-Origin", NEWSROOM)
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void shouldAcceptWritesFromTheServicesOwnPagesLikeSwaggerUi() {
        asEditorFrom("http://localhost:" + RestAssured.port).body(Map.of("name", "Tried in Swagger UI"))
                .when().post("/api/v1/topics")
                .then().statusCode(201);
    }

    @Test
    void shouldLeaveClientsThatAreNotBrowsersToTheirKey() {
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("name", "From a script"))
                .when().post("/api/v1/topics")
                .then().statusCode(201);
    }

    @Test
    void shouldExposeTheHeadersFrontEndsReadOnPublicReads() {
        given().header("Origin", STRANGER).when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", STRANGER)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit,"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    private static io.restassured.response.Response preflight(String origin, String method) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key")
                .when().options("/api/v1/topics");
    }

    private RequestSpecification asEditorFrom(String origin) {
        return given().auth().oauth2(editor).header("Origin", origin).contentType(ContentType.JSON);
    }
}
