package com.modernmedia.content.bench;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** The benchmark's ceiling is off unless asked for: production must not serve it. */
@QuarkusTest
class CeilingResourceTest {

    private static final String PROBLEMS = "https://content-api.modernmedia.example/problems/";

    @Test
    void shouldAnswerNotFoundLikeAnyUnknownPathWhenOff() {
        given().when().get("/api/v1/_ceiling")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-found"))
                .body("detail", equalTo("Nothing is served at /api/v1/_ceiling."));
    }

    @Test
    void shouldStayOutOfTheOpenApiDocument() {
        given().when().get("/q/openapi?format=yaml")
                .then().statusCode(200)
                .body(not(containsString("_ceiling")));
    }
}
