package com.modernmedia.content.shared;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** OPTIONS says what a path allows, as a 405 there does; CORS preflights stay CORS' own. */
@QuarkusTest
class OptionsTest {

    @Test
    void shouldAnswerOptionsWithTheMethodsThePathAllows() {
        given().when().options("/api/v1/topics")
                .then().statusCode(204)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"))
                .body(emptyString());
        given().when().options("/api/v1/topics/climate")
                .then().statusCode(204).header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
        given().when().options("/api/v1/topics/climate/articles")
                .then().statusCode(204).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void shouldAllowInOptionsWhatA405OnThePathAllows() {
        String refused = given().when().delete("/api/v1/topics").then().statusCode(405).extract().header("Allow");

        given().when().options("/api/v1/topics").then().statusCode(204).header("Allow", equalTo(refused));
    }

    @Test
    void shouldAnswerOptionsOnAPathThatServesNothingWithNotFound() {
        given().when().options("/api/v1/magazines")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .header("Allow", nullValue())
                .body("type", equalTo(Problem.TYPE_BASE + "not-found"))
                .body("instance", equalTo("/api/v1/magazines"));
    }

    @Test
    void shouldLeavePreflightsToCors() {
        given().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/topics/climate")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Allow", nullValue());
    }

    @Test
    void shouldLetABrowserReadTheAllowHeaderOfAPlainOptions() {
        given().header("Origin", "https://app.example").when().options("/api/v1/quotes")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example"))
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
    }
}
