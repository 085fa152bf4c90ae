package com.modernmedia.content.shared;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Every error the API answers is RFC 9457 problem+json, and none leaks internals. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEMS = "https://content-api.modernmedia.example/problems/";

    @Test
    void shouldAnswerUnknownPathsWithNotFoundProblem() {
        given().when().get("/api/v1/magazines")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("Nothing is served at /api/v1/magazines."))
                .body("instance", equalTo("/api/v1/magazines"));
    }

    @Test
    void shouldAnswerUnsupportedMethodsWithMethodNotAllowedProblem() {
        given().contentType("application/json").body("{}").when().put("/api/v1/articles")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"))
                .body("type", equalTo(PROBLEMS + "method-not-allowed"))
                .body("status", equalTo(405));
        given().when().delete("/api/v1/topics/iran/articles")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().when().put("/api/v1/test-probe")
                .then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
    }

    @Test
    void shouldAnswerUnacceptableMediaTypesWithNotAcceptableProblem() {
        given().accept("application/xml").when().get("/api/v1/articles")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-acceptable"))
                .body("detail", containsString("application/json"));
    }

    @Test
    void shouldAnswerUnsupportedBodiesWithUnsupportedMediaTypeProblem() {
        given().contentType("text/xml").body("<echo/>").when().post("/api/v1/test-probe")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"))
                .body("status", equalTo(415));
    }

    @Test
    void shouldAnswerMalformedJsonWithBadRequestProblem() {
        given().contentType("application/json").body("{\"text\": ").when().post("/api/v1/test-probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void shouldAnswerMalformedSlugsWithoutAskingTheDatabase() {
        given().when().get("/api/v1/articles/%00").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/people/" + "a".repeat(201)).then().statusCode(404);
        given().when().get("/api/v1/articles?topic=%00")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("topic"))
                .body("errors[0].message", containsString("slug"));
        given().when().get("/api/v1/quotes?person=Not%20A%20Slug")
                .then().statusCode(400).body("errors[0].field", equalTo("person"));
    }

    @Test
    void shouldAnswerBugsWithAnIncidentAndNoInternals() {
        given().when().get("/api/v1/test-probe/bug")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "internal-error"))
                .body("title", equalTo("Internal Server Error"))
                .body("detail", matchesPattern("The server could not answer this request\\. It has been logged as incident [0-9a-f-]{36}\\."))
                .body(allOf(not(containsString("secret_table")), not(containsString("IllegalStateException")),
                        not(containsString("at com.modernmedia"))));
    }
}
