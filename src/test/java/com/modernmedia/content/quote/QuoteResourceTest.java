package com.modernmedia.content.quote;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class QuoteResourceTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldListQuotesNewestArticleFirstInReadingOrder() {
        Ref a = fixtures.person("Speaker A");
        Ref b = fixtures.person("Speaker B");
        Ref older = fixtures.article("Older").quoting(a, "first said").quoting(b, "then said").publish();
        Ref newer = fixtures.article("Newer").quoting(b, "latest words").publish();

        given().when().get("/api/v1/quotes?total=true")
                .then().statusCode(200)
                .body("items.text", contains("latest words", "first said", "then said"))
                .body("items[0].article.slug", equalTo(newer.slug()))
                .body("items[1].article.slug", equalTo(older.slug()))
                .body("items[1].person.name", equalTo("Speaker A"))
                .body("items[1].title", equalTo("analyst"))
                .body("items[1].affiliation", equalTo("Test Institute"))
                .body("items[1].blockIndex", equalTo(0))
                .body("items[2].blockIndex", equalTo(1))
                .body("total", equalTo(3));
    }

    @Test
    void shouldPageThroughQuotesWithinAndAcrossArticlesOnce() {
        Ref speaker = fixtures.person("Talkative");
        var builder = fixtures.article("Many quotes");
        for (int i = 0; i < 5; i++) {
            builder.quoting(speaker, "words " + i);
        }
        builder.publish();
        fixtures.article("Earlier").quoting(speaker, "earlier words").publishAt(java.time.Instant.parse("2020-01-01T00:00:00Z"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/quotes").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.text"));
            cursor = page.getString("next");
        } while (cursor != null);

        assertEquals(List.of("words 0", "words 1", "words 2", "words 3", "words 4", "earlier words"), seen);
    }

    @Test
    void shouldFilterQuotesByPersonTopicAndArticle() {
        Ref a = fixtures.person("Filter A");
        Ref b = fixtures.person("Filter B");
        Ref isis = fixtures.topic("ISIS");
        Ref one = fixtures.article("One").on(isis).quoting(a, "a on isis").publish();
        fixtures.article("Two").quoting(b, "b elsewhere").quoting(a, "a elsewhere").publish();

        given().when().get("/api/v1/quotes?person=" + a.slug())
                .then().statusCode(200).body("items.text", contains("a elsewhere", "a on isis"));
        given().when().get("/api/v1/quotes?topic=" + isis.slug())
                .then().statusCode(200).body("items.text", contains("a on isis"));
        given().when().get("/api/v1/quotes?article=" + one.slug())
                .then().statusCode(200).body("items.text", contains("a on isis"));
        given().when().get("/api/v1/quotes?person=" + b.slug() + "&topic=" + isis.slug())
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldNeverServeQuotesOfArticlesThatAreNotPublic() {
        Ref speaker = fixtures.person("Careful");
        fixtures.article("Draft").quoting(speaker, "draft words").draft();
        fixtures.article("Pulled").quoting(speaker, "pulled words").unpublished();

        given().when().get("/api/v1/quotes?total=true").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void shouldNeverServeDeletedQuotes() {
        Ref speaker = fixtures.person("Retracted");
        Ref article = fixtures.article("Corrected").quoting(speaker, "kept words").quoting(speaker, "retracted words").publish();
        fixtures.execute("update quote set deleted_at = now() where text = 'retracted words'");

        given().when().get("/api/v1/quotes?total=true").then().statusCode(200)
                .body("items.text", contains("kept words")).body("total", equalTo(1));
        given().when().get("/api/v1/articles/" + article.slug()).then().statusCode(200).body("quotes.text", contains("kept words"));
        given().when().get("/api/v1/people/" + speaker.slug() + "/quotes").then().statusCode(200).body("items.text", contains("kept words"));
    }

    @Test
    void shouldServeAQuoteOfAPublishedArticleByItsId() {
        Ref speaker = fixtures.person("Speaker");
        Ref article = fixtures.article("Public").quoting(speaker, "first said")
                .quoting(speaker, "an expert", "Some Institute", "then said").publish();
        String id = fixtures.query("select id from quote where text = 'then said'");

        given().when().get("/api/v1/quotes/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", containsString("public"))
                .body("id", equalTo(id))
                .body("text", equalTo("then said"))
                .body("person.slug", equalTo(speaker.slug()))
                .body("title", equalTo("an expert"))
                .body("affiliation", equalTo("Some Institute"))
                .body("article.slug", equalTo(article.slug()))
                .body("blockIndex", equalTo(1))
                .body("position", equalTo(1))
                .body("revision", equalTo(1));
        given().when().get("/api/v1/quotes/" + id + "?fields=text,position")
                .then().statusCode(200).body("text", equalTo("then said")).body("$", not(hasKey("person")));
    }

    @Test
    void shouldShowAQuoteOfADraftOnlyToEditors() {
        Ref speaker = fixtures.person("Unpublished speaker");
        Ref draft = fixtures.article("Draft").quoting(speaker, "draft words").draft();
        String id = fixtures.query("select id from quote where article_id = ?", draft.id());

        given().when().get("/api/v1/quotes/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(fixtures.apiKey("partner")).when().get("/api/v1/quotes/" + id).then().statusCode(404);
        given().auth().oauth2(fixtures.apiKey("editor")).when().get("/api/v1/quotes/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", equalTo("private, no-store"))
                .body("text", equalTo("draft words"))
                .body("article.slug", equalTo(draft.slug()))
                .body("article.publishedAt", nullValue());
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/quotes/" + id).then().statusCode(200);
        given().auth().oauth2("cak_not_a_key").when().get("/api/v1/quotes/" + id)
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldServeNoDeletedQuoteByItsIdNotEvenToEditors() {
        Ref speaker = fixtures.person("Retracted");
        fixtures.article("Corrected").quoting(speaker, "retracted words").publish();
        String id = fixtures.query("select id from quote");
        fixtures.execute("update quote set deleted_at = now()");

        given().when().get("/api/v1/quotes/" + id).then().statusCode(404);
        given().auth().oauth2(fixtures.apiKey("editor")).when().get("/api/v1/quotes/" + id).then().statusCode(404);
    }

    @Test
    void shouldAnswer404ForAnUnknownOrMalformedQuoteId() {
        given().when().get("/api/v1/quotes/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("No quote"));
        given().when().get("/api/v1/quotes/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }
}
