package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Editors list the articles the public does not see, by status, most recently changed first. */
@QuarkusTest
class EditorsListTest {

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
    void shouldListDraftsMostRecentlyChangedFirstAndPageThroughThem() {
        Ref first = fixtures.article("First draft").draft();
        Ref second = fixtures.article("Second draft").draft();
        Ref third = fixtures.article("Third draft").draft();
        fixtures.execute("update article set updated_at = now() - interval '3 hours' where id = ?", first.id());
        fixtures.execute("update article set updated_at = now() - interval '1 hour' where id = ?", second.id());
        fixtures.execute("update article set updated_at = now() - interval '2 hours' where id = ?", third.id());
        fixtures.article("Public one").publish();

        String next = given().auth().oauth2(editor).when().get("/api/v1/articles?status=draft&limit=2&total=true")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.slug", contains(second.slug(), third.slug()))
                .body("total", equalTo(3))
                .extract().path("next");
        given().auth().oauth2(editor).queryParam("status", "draft").queryParam("limit", 2).queryParam("cursor", next)
                .when().get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", contains(first.slug())).body("next", nullValue());
    }

    @Test
    void shouldListScheduledAndUnpublishedArticlesApart() {
        Ref scheduled = fixtures.article("Coming soon").scheduleAt(clock.instant().plus(Duration.ofDays(1)));
        Ref unpublished = fixtures.article("Taken down").unpublished();
        Ref deleted = fixtures.article("Gone").unpublished();
        fixtures.execute("update article set deleted_at = now() where id = ?", deleted.id());
        Ref published = fixtures.article("Out now").publish();

        given().auth().oauth2(editor).when().get("/api/v1/articles?status=scheduled")
                .then().statusCode(200).body("items.slug", contains(scheduled.slug()));
        given().auth().oauth2(editor).when().get("/api/v1/articles?status=unpublished")
                .then().statusCode(200).body("items.slug", contains(unpublished.slug()));
        given().auth().oauth2(editor).when().get("/api/v1/articles?status=published")
                .then().statusCode(200).body("items.slug", contains(published.slug()));

        clock.advance(Duration.ofDays(2)); // its time has come: it is no longer waiting
        given().auth().oauth2(editor).when().get("/api/v1/articles?status=scheduled").then().body("items", hasSize(0));
    }

    @Test
    void shouldTakeTheListsFiltersTooAndNotMixCursorsOfOtherLists() {
        Ref topic = fixtures.topic("Budgets");
        Ref onTopic = fixtures.article("Budget draft").on(topic).draft();
        fixtures.article("Other draft").draft();
        fixtures.article("Public one").publish();
        fixtures.article("Public two").publish();

        given().auth().oauth2(editor).when().get("/api/v1/articles?status=draft&topic=" + topic.slug())
                .then().statusCode(200).body("items.slug", contains(onTopic.slug()));
        String publicCursor = given().when().get("/api/v1/articles?limit=1").then().extract().path("next");
        given().auth().oauth2(editor).when().get("/api/v1/articles?status=draft&cursor=" + publicCursor)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRefuseTheListsOfHiddenArticlesToAnyoneButEditors() {
        fixtures.article("Secret draft").draft();

        given().when().get("/api/v1/articles?status=draft")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(fixtures.apiKey("partner")).when().get("/api/v1/articles?status=draft")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/articles?status=everything")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().when().get("/api/v1/articles?status=published").then().statusCode(200).body("items", hasSize(0));
    }
}
