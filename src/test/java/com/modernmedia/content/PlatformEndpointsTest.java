package com.modernmedia.content;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.BrotliInputStream;
import com.modernmedia.content.shared.Problem;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * What operators and browsers rely on besides the content: health on the public port, metrics on the management
 * port only, CORS, compression, HEAD.
 */
@QuarkusTest
class PlatformEndpointsTest {

    @Inject
    Fixtures fixtures;

    /** /q/metrics on the management port (the path is relative to the management root, /q). */
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void shouldReportHealthIncludingTheDatabase() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void shouldReportReadinessAndLivenessOnThePublicPort() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldServePrometheusMetricsOfTheApiOnTheManagementPortOnly() {
        given().when().get("/api/v1/topics").then().statusCode(200);

        given().when().get(managementMetrics)
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/topics\""));
    }

    @Test
    void shouldNotServeMetricsToAnonymousCallersOnThePublicPort() {
        given().when().get("/q/metrics")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404))
                .body(not(containsString("http_server_requests")));
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
    void shouldCompressForClientsThatAskWhenTheBodyIsWorthIt() {
        fixtures.reset();
        Fixtures.Ref article = fixtures.article("Long read").paragraph("Words upon words. ".repeat(100)).publish();
        fixtures.topic("Short");

        given().header("Accept-Encoding", "gzip").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        given().header("Accept-Encoding", "gzip").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip")); // the kept copy too
        given().header("Accept-Encoding", "gzip").when().get("/api/v1/topics")
                .then().statusCode(200).header("Content-Encoding", nullValue()).body("items.name", org.hamcrest.Matchers.contains("Short"));
    }

    @Test
    void shouldCompressWithBrotliForClientsThatPreferIt() throws IOException {
        fixtures.reset();
        String path = "/api/v1/articles/" + fixtures.article("Long read").paragraph("Words upon words. ".repeat(100)).publish().slug();
        byte[] plain = given().when().get(path).then().statusCode(200).extract().asByteArray();

        byte[] compressed = given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "br").when().get(path)
                .then().statusCode(200).header("Content-Encoding", equalTo("br")).extract().asByteArray();

        Brotli4jLoader.ensureAvailability();
        try (var decoded = new BrotliInputStream(new ByteArrayInputStream(compressed))) {
            assertArrayEquals(plain, decoded.readAllBytes());
        }
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
