package com.modernmedia.content.person;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A person's quotes are read from the quotes' own copy of when their article is public from (V5): these tests
 * hold that copy to the article and the quote through every write and through time.
 */
@QuarkusTest
class PersonQuotesTest {

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
    void shouldPageAPersonsQuotesNewestArticleFirstInReadingOrderOnceEach() {
        Ref speaker = fixtures.person("Prolific");
        Ref other = fixtures.person("Someone else");
        Instant sameTime = Instant.parse("2025-03-01T10:00:00Z");
        Ref first = fixtures.article("Tie one").quoting(speaker, "a1").quoting(other, "x").quoting(speaker, "a2").publishAt(sameTime);
        Ref second = fixtures.article("Tie two").quoting(speaker, "b1").quoting(speaker, "b2").publishAt(sameTime);
        fixtures.article("Newest").quoting(speaker, "n1").publishAt(sameTime.plusSeconds(60));
        fixtures.article("Oldest").quoting(speaker, "o1").quoting(speaker, "o2").publishAt(sameTime.minusSeconds(60));
        fixtures.article("Draft").quoting(speaker, "d1").draft();

        // Articles published at the same time go by id, descending, as PostgreSQL orders uuids (like their text).
        boolean firstIsHigher = first.id().toString().compareTo(second.id().toString()) > 0;
        List<String> ties = firstIsHigher ? List.of("a1", "a2", "b1", "b2") : List.of("b1", "b2", "a1", "a2");
        List<String> expected = new ArrayList<>(List.of("n1"));
        expected.addAll(ties);
        expected.addAll(List.of("o1", "o2"));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 1).queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .when().get("/api/v1/people/" + speaker.slug() + "/quotes").then().statusCode(200).extract();
            walked.addAll(page.path("items.text"));
            cursor = page.path("next");
        } while (cursor != null);

        assertEquals(expected, walked);
        List<String> global = given().queryParam("person", speaker.slug()).queryParam("limit", 100).queryParam("total", true)
                .when().get("/api/v1/quotes").then().body("total", equalTo(7)).extract().path("items.text");
        assertEquals(walked, global, "the person filter of /quotes lists the same order");
        given().when().get("/api/v1/people/" + speaker.slug() + "?include=quotes&fields=quotes.items.text")
                .then().statusCode(200).body("quotes.items.text", equalTo(expected));
    }

    @Test
    void shouldFollowTheArticleThroughUnpublishPublishRescheduleAndDelete() {
        Ref speaker = fixtures.person("Source");
        Ref article = fixtures.article("Interview").quoting(speaker, "first words").quoting(speaker, "second words").publish();
        assertQuotes(speaker, "first words", "second words");

        writeArticle("post", article, "/unpublish", null);
        assertQuotes(speaker);
        writeArticle("post", article, "/publish", null);
        assertQuotes(speaker, "first words", "second words");

        writeArticle("patch", article, "", "{\"publishedAt\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}");
        assertQuotes(speaker);
        writeArticle("patch", article, "", "{\"publishedAt\": \"2025-02-01T00:00:00Z\"}");
        assertQuotes(speaker, "first words", "second words");

        String id = fixtures.query("select id from quote where text = 'first words'");
        String etag = asEditor().when().get("/api/v1/quotes/" + id).then().statusCode(200).extract().header("ETag");
        asEditor().header("If-Match", etag).when().delete("/api/v1/quotes/" + id).then().statusCode(204);
        assertQuotes(speaker, "second words");

        String articleEtag = asEditor().when().get("/api/v1/articles/" + article.slug()).then().extract().header("ETag");
        asEditor().header("If-Match", articleEtag).when().delete("/api/v1/articles/" + article.slug()).then().statusCode(204);
        given().when().get("/api/v1/quotes?person=" + speaker.slug()).then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldShowTheQuotesOfAScheduledArticleOnceItsTimeHasCome() {
        Ref speaker = fixtures.person("Embargoed source");
        fixtures.article("Before").quoting(speaker, "already out").publish();
        fixtures.article("Embargoed").quoting(speaker, "soon out").scheduleAt(clock.instant().plus(1, ChronoUnit.HOURS));
        // Read with a key, which is never answered from the representation cache: this checks the query itself
        // (ScheduledPublicationTest covers the cache).
        given().auth().oauth2(editor).when().get("/api/v1/people/" + speaker.slug() + "/quotes")
                .then().statusCode(200).body("items.text", contains("already out"));

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        List<String> shown = given().auth().oauth2(editor).when().get("/api/v1/people/" + speaker.slug() + "/quotes")
                .then().extract().path("items.text");
        assertEquals(List.of("soon out", "already out"), shown, "public at its time, with nothing touching it");
    }

    /** The person's page only exists while the person is in a public article, so an empty list is read from /quotes. */
    private void assertQuotes(Ref person, String... texts) {
        given().when().get("/api/v1/quotes?person=" + person.slug())
                .then().statusCode(200).body("items.text", equalTo(List.of(texts)));
        if (texts.length > 0) {
            given().when().get("/api/v1/people/" + person.slug() + "/quotes")
                    .then().statusCode(200).body("items.text", contains(texts));
        }
    }

    private void writeArticle(String method, Ref article, String action, String mergePatch) {
        String etag = asEditor().when().get("/api/v1/articles/" + article.slug()).then().statusCode(200).extract().header("ETag");
        RequestSpecification request = asEditor().header("If-Match", etag);
        if (mergePatch != null) {
            request.contentType("application/merge-patch+json").body(mergePatch);
        }
        request.when().request(method, "/api/v1/articles/" + article.slug() + action).then().statusCode(200);
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor);
    }
}
