package com.modernmedia.content.topic;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A topic's articles are read from the topic's own rows of article_topic, which carry when their article is
 * public from (V4): these tests hold that copy to the article through every write and through time.
 */
@QuarkusTest
class TopicArticlesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    private String editor;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldShowOnlyPublicArticlesOnATopicPageAndInItsCounts() {
        Ref topic = fixtures.topic("Energy");
        Ref published = fixtures.article("Published").on(topic).publish();
        fixtures.article("Draft").on(topic).draft();
        fixtures.article("Unpublished").on(topic).unpublished();
        fixtures.article("Embargoed").on(topic).scheduleAt(Instant.now().plus(1, ChronoUnit.DAYS));
        Ref deleted = fixtures.article("Deleted").on(topic).publish();
        fixtures.execute("update article set status = 'unpublished', deleted_at = now() where id = ?", deleted.id());

        given().when().get("/api/v1/topics/" + topic.slug() + "/articles")
                .then().statusCode(200).body("items.slug", contains(published.slug()));
        given().when().get("/api/v1/articles?topic=" + topic.slug() + "&total=true")
                .then().statusCode(200).body("items.slug", contains(published.slug())).body("total", equalTo(1));
        given().when().get("/api/v1/topics/" + topic.slug() + "?include=articles")
                .then().statusCode(200).body("articleCount", equalTo(1))
                .body("articles.items.slug", contains(published.slug()));
        given().when().get("/api/v1/topics").then().body("items.articleCount", contains(1));
    }

    @Test
    void shouldShowAScheduledArticleOnceItsTimeHasComeWithNothingWritten() {
        Ref topic = fixtures.topic("Embargoes");
        Ref scheduled = fixtures.article("Due soon").on(topic).scheduleAt(clock.instant().plus(1, ChronoUnit.HOURS));
        // Read with a key, which is never answered from the representation cache: this checks the query itself
        // (ScheduledPublicationTest covers the cache). Lists show public articles only, with a key too.
        asEditor().when().get("/api/v1/topics/" + topic.slug() + "/articles").then().body("items", empty());

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        List<String> shown = asEditor().when().get("/api/v1/topics/" + topic.slug() + "/articles").then().extract().path("items.slug");
        assertEquals(List.of(scheduled.slug()), shown, "public at its time, with nothing touching it");
        asEditor().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(1));
    }

    @Test
    void shouldPageATopicNewestFirstThenByIdOnceEach() {
        Ref topic = fixtures.topic("Ties");
        Ref other = fixtures.topic("Elsewhere");
        Instant sameTime = Instant.parse("2025-03-01T10:00:00Z");
        List<Ref> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            expected.add(fixtures.article("Same minute " + i).on(other, topic).publishAt(sameTime));
        }
        // Ties in time go by id, descending, as PostgreSQL orders uuids: byte by byte, like their text.
        expected.sort(Comparator.comparing((Ref r) -> r.id().toString()).reversed());
        expected.add(0, fixtures.article("Newest").on(topic).publishAt(sameTime.plusSeconds(60)));
        expected.add(fixtures.article("Oldest").on(topic).publishAt(sameTime.minusSeconds(60)));
        fixtures.article("Not on the topic").on(other).publishAt(sameTime);

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 2).queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .when().get("/api/v1/topics/" + topic.slug() + "/articles").then().statusCode(200).extract();
            walked.addAll(page.path("items.slug"));
            cursor = page.path("next");
        } while (cursor != null);

        assertEquals(expected.stream().map(Ref::slug).toList(), walked);
        List<String> global = given().queryParam("topic", topic.slug()).queryParam("limit", 100)
                .when().get("/api/v1/articles").then().extract().path("items.slug");
        assertEquals(walked, global, "the topic filter of /articles lists the same order");
        // A cursor of /articles?topic= continues the topic page, as before: both are the article keyset.
        String next = given().queryParam("topic", topic.slug()).queryParam("limit", 3)
                .when().get("/api/v1/articles").then().extract().path("next");
        given().queryParam("cursor", next).queryParam("limit", 3).when().get("/api/v1/topics/" + topic.slug() + "/articles")
                .then().statusCode(200).body("items.slug", equalTo(walked.subList(3, 6)));
    }

    @Test
    void shouldFollowPublishingTopicChangesUnpublishingAndDeletingThroughTheWriteApi() {
        Ref energy = fixtures.topic("Energy");
        Ref climate = fixtures.topic("Climate");
        String slug = asEditor().contentType(ContentType.JSON)
                .body(Map.of("headline", "Grid story", "topicIds", List.of(energy.id())))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        assertTopicShows(energy);

        write("post", slug, "/publish", null);
        assertTopicShows(energy, slug);

        write("patch", slug, "", "{\"topicIds\": [\"" + climate.id() + "\", \"" + energy.id() + "\"]}");
        assertTopicShows(climate, slug);
        assertTopicShows(energy, slug);
        write("patch", slug, "", "{\"topicIds\": [\"" + climate.id() + "\"]}");
        assertTopicShows(energy);

        write("patch", slug, "", "{\"publishedAt\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        assertTopicShows(climate);
        write("patch", slug, "", "{\"publishedAt\": \"2025-01-01T00:00:00Z\"}");
        assertTopicShows(climate, slug);

        write("post", slug, "/unpublish", null);
        assertTopicShows(climate);
        write("post", slug, "/publish", null);
        assertTopicShows(climate, slug);

        asEditor().header("If-Match", etagOf(slug)).when().delete("/api/v1/articles/" + slug).then().statusCode(204);
        assertTopicShows(climate);
    }

    private void assertTopicShows(Ref topic, String... slugs) {
        given().when().get("/api/v1/topics/" + topic.slug() + "/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(slugs)));
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(slugs.length));
    }

    private void write(String method, String slug, String action, String mergePatch) {
        RequestSpecification request = asEditor().header("If-Match", etagOf(slug));
        if (mergePatch != null) {
            request.contentType("application/merge-patch+json").body(mergePatch);
        }
        request.when().request(method, "/api/v1/articles/" + slug + action).then().statusCode(200);
    }

    private String etagOf(String slug) {
        return asEditor().when().get("/api/v1/articles/" + slug).then().statusCode(200).extract().header("ETag");
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor);
    }
}
