package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Location and Link are built on the configured public URL, whatever Host a client sends, so a shared cache in
 * front never keeps an answer that sends readers elsewhere; redirects say how long they may be kept.
 */
@QuarkusTest
@TestProfile(PublicUrlTest.Configured.class)
class PublicUrlTest {

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.public-url", "https://content.example/");
        }
    }

    private static final String EVIL_HOST = "evil.example";

    @Inject
    Fixtures fixtures;

    private String editor;
    private Ref topic;

    @BeforeEach
    void content() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        topic = fixtures.topic("Shipping");
        fixtures.article("Canal tolls rise").on(topic).publish();
        fixtures.article("Tankers wait at anchor").on(topic).publish();
    }

    @Test
    void shouldLocateACreatedResourceOnThePublicUrlWhateverTheHost() {
        given().auth().oauth2(editor).header("Host", EVIL_HOST).contentType(ContentType.JSON).body(Map.of("name", "Ports"))
                .when().post("/api/v1/topics")
                .then().statusCode(201).header("Location", equalTo("https://content.example/api/v1/topics/ports"));
    }

    @Test
    void shouldLinkTheNextPageOnThePublicUrlWithOnlyTheParametersTheListReads() {
        given().header("Host", EVIL_HOST).queryParam("limit", 1).queryParam("utm_source", "<script>")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Link", matchesPattern("<https://content\\.example/api/v1/articles\\?limit=1&cursor=[A-Za-z0-9_=%-]+>; rel=\"next\""));
    }

    @Test
    void shouldRedirectAnOldSlugOnThePublicUrlWithTheCacheControlOfWhatItLeadsTo() {
        given().auth().oauth2(editor).header("If-Match", "*").contentType("application/merge-patch+json")
                .body(Map.of("slug", "maritime")).when().patch("/api/v1/topics/" + topic.slug()).then().statusCode(200);

        given().redirects().follow(false).header("Host", EVIL_HOST).queryParam("fields", "name")
                .when().get("/api/v1/topics/" + topic.slug())
                .then().statusCode(301)
                .header("Location", equalTo("https://content.example/api/v1/topics/maritime?fields=name"))
                .header("Cache-Control", equalTo("public, max-age=300, stale-while-revalidate=600, stale-if-error=86400"));
        given().redirects().follow(false).auth().oauth2(editor).when().get("/api/v1/topics/" + topic.slug())
                .then().statusCode(301).header("Cache-Control", equalTo("private, no-store"));
        given().redirects().follow(false).auth().oauth2(editor).header("If-Match", "*").contentType("application/merge-patch+json")
                .body(Map.of("description", "Ships and ports")).when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(308)
                .header("Location", equalTo("https://content.example/api/v1/topics/maritime"))
                .header("Cache-Control", equalTo("no-store"));
    }
}
