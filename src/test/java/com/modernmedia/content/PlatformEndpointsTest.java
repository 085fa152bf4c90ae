package com.modernmedia.content;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** What operators and browsers rely on besides the content: health, metrics, CORS, compression, HEAD. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void shouldReportHealthIncludingTheDatabase() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void shouldExposePrometheusMetricsOfTheApi() {
        given().when().get("/api/v1/topics").then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/topics\""));
    }

    @Test
    void shouldAllowPublicReadsFromAnyOriginAndExposeTheHeadersFrontEndsRead() {
        given().header("Origin", "https://app.example").when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void shouldCompressForClientsThatAsk() {
        given().header("Accept-Encoding", "gzip").when().get("/api/v1/topics")
                .then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void shouldAnswerHeadWithTheHeadersOfGetAndNoBody() {
        String etag = given().when().get("/api/v1/quotes").then().extract().header("ETag");
        given().when().head("/api/v1/quotes")
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", notNullValue())
                .body(emptyString());
    }
}
