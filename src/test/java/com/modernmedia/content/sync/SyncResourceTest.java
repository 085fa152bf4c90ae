package com.modernmedia.content.sync;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sync API: a full sync of what the public sees, then each change since, entries and tombstones in log order. */
@QuarkusTest
class SyncResourceTest {

    @Inject
    Fixtures fixtures;

    private String editor;
    private Ref author;
    private Ref quoted;
    private Ref topic;
    private UUID image;
    private Ref article;
    private Ref draft;

    @BeforeEach
    void content() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        author = fixtures.person("Aino Virtanen");
        quoted = fixtures.person("Lena Brandt", "energy economist", "Kiel Institute");
        fixtures.person("Only In A Draft");
        topic = fixtures.topic("Energy");
        image = fixtures.image("Wind turbines off the coast", "Agency / Wire");
        article = fixtures.article("Grid prices fall").by(author).on(topic).hero(image)
                .quoting(quoted, "Prices will not stay low.").publish();
        draft = fixtures.article("Grid tariffs, a draft").by(fixtures.person("Draft Writer")).draft();
    }

    @Test
    void shouldSendEverythingThePublicSeesInAFullSyncKindByKindAndEndWithASyncToken() {
        Response page = given().when().get("/api/v1/sync").then().statusCode(200)
                .header("Cache-Control", "no-store").header("ETag", nullValue()).header("Link", nullValue())
                .body("next", nullValue()).body("syncToken", notNullValue())
                .extract().response();

        List<String> people = Stream.of(author.id(), quoted.id()).map(UUID::toString).sorted().map(id -> "person " + id).toList();
        assertEquals(List.of("image " + image, "topic " + topic.id(), people.get(0), people.get(1),
                "article " + article.id(), "quote " + quoteId()), kindsAndIds(page.jsonPath()));
        page.then().body("items.find { it.kind == 'article' }.type", equalTo("entry"))
                .body("items.find { it.kind == 'article' }.revision", equalTo(1))
                .body("items.find { it.kind == 'article' }.article.slug", equalTo(article.slug()))
                .body("items.find { it.kind == 'article' }.article.quotes[0].text", equalTo("Prices will not stay low."))
                .body("items.find { it.kind == 'person' && it.id == '" + quoted.id() + "' }.person.name", equalTo("Lena Brandt"))
                .body("items.find { it.kind == 'image' }.image.credit", equalTo("Agency / Wire"))
                .body("items.find { it.kind == 'quote' }.quote.text", equalTo("Prices will not stay low."));
    }

    @Test
    void shouldShowAnEditorWhatThePublicSeesAndNoDraft() {
        List<String> items = given().auth().oauth2(editor).when().get("/api/v1/sync").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath().getList("items.id");

        assertTrue(items.contains(article.id().toString()));
        assertTrue(!items.contains(draft.id().toString()), "a draft is never synced: " + items);
        assertEquals(6, items.size(), "only what the public sees: " + items);
    }

    @Test
    void shouldPageAFullSyncByLimitWithALinkToEachNextPage() {
        for (int i = 0; i < 5; i++) {
            fixtures.topic("Topic number " + i);
        }
        List<String> seen = new ArrayList<>();
        Response page = given().when().get("/api/v1/sync?limit=4").then().statusCode(200)
                .body("items", hasSize(4)).body("syncToken", nullValue()).extract().response();
        int pages = 1;
        while (page.jsonPath().getString("next") != null) {
            seen.addAll(page.jsonPath().getList("items.id"));
            String next = page.jsonPath().getString("next");
            assertEquals("</api/v1/sync?token=" + next + "&limit=4>; rel=\"next\"", page.header("Link"));
            page = given().when().get("/api/v1/sync?token=" + next + "&limit=4").then().statusCode(200).extract().response();
            pages++;
        }
        seen.addAll(page.jsonPath().getList("items.id"));

        assertEquals(11, seen.size(), "every item once: " + seen);
        assertEquals(11, seen.stream().distinct().count());
        assertEquals(3, pages);
        page.then().body("syncToken", notNullValue()).header("Link", nullValue());
    }

    @Test
    void shouldSendWhatChangedSinceTheTokenOldestFirstWithEachResourceOnceAsItIsNow() {
        String token = fullSync("/api/v1/sync");

        asEditor().contentType("application/merge-patch+json").body(Map.of("headline", "Grid prices fall further"))
                .patch("/api/v1/articles/" + article.slug()).then().statusCode(200);
        asEditor().contentType("application/merge-patch+json").body(Map.of("description", "Power, grids and prices."))
                .patch("/api/v1/topics/" + topic.slug()).then().statusCode(200);
        asEditor().contentType("application/merge-patch+json").body(Map.of("dek", "Cheaper power, for now."))
                .patch("/api/v1/articles/" + article.slug()).then().statusCode(200);

        JsonPath delta = given().when().get("/api/v1/sync?token=" + token).then().statusCode(200)
                .header("Cache-Control", "no-store").body("next", nullValue()).body("syncToken", notNullValue())
                .extract().jsonPath();

        assertEquals(List.of("topic", "article"), delta.getList("items.kind"), "the article once, at its last change");
        assertEquals(3, delta.getInt("items[1].revision"));
        assertEquals("Grid prices fall further", delta.getString("items[1].article.headline"));
        assertEquals("Cheaper power, for now.", delta.getString("items[1].article.dek"));
        assertEquals("Power, grids and prices.", delta.getString("items[0].topic.description"));

        given().when().get("/api/v1/sync?token=" + delta.getString("syncToken")).then().statusCode(200)
                .body("items", empty()).body("next", nullValue()).body("syncToken", equalTo(delta.getString("syncToken")));
    }

    @Test
    void shouldTellWhatWasUnpublishedAndWhatWasDeletedWithItsKindSlugAndRevision() {
        String token = fullSync("/api/v1/sync");

        asEditor().post("/api/v1/articles/" + article.slug() + "/unpublish").then().statusCode(200);
        Ref shortLived = fixtures.topic("Short lived");
        asEditor().delete("/api/v1/topics/" + shortLived.slug()).then().statusCode(204);
        JsonPath delta = given().when().get("/api/v1/sync?token=" + token).then().statusCode(200).extract().jsonPath();

        Map<String, Object> unpublished = item(delta, article.id());
        assertEquals(Map.of("type", "tombstone", "kind", "article", "id", article.id().toString(), "revision", 2,
                "reason", "unpublished", "slug", article.slug()), unpublished);
        assertEquals("tombstone", item(delta, author.id()).get("type"), "the author no public article shows any more");
        assertEquals("unpublished", item(delta, author.id()).get("reason"));
        assertEquals("unpublished", item(delta, UUID.fromString(quoteId())).get("reason"));
        assertNull(item(delta, UUID.fromString(quoteId())).get("slug"), "quotes have no slug");
        Map<String, Object> deleted = delta.getList("items", Map.class).stream()
                .filter(i -> i.get("kind").equals("topic")).findFirst().orElseThrow();
        assertEquals("deleted", deleted.get("reason"));
        assertEquals(shortLived.slug(), deleted.get("slug"));

        String next = delta.getString("syncToken");
        asEditor().delete("/api/v1/articles/" + article.slug()).then().statusCode(204);
        given().when().get("/api/v1/sync?token=" + next).then().statusCode(200)
                .body("items.id", equalTo(List.of(article.id().toString())))
                .body("items[0].reason", equalTo("deleted")).body("items[0].revision", equalTo(3));
    }

    @Test
    void shouldKeepTheTypesOfTheSyncAndStillSendEveryTombstoneOfThem() {
        String token = fullSync("/api/v1/sync?type=article&type=quote");

        asEditor().contentType("application/merge-patch+json").body(Map.of("description", "Power, grids and prices."))
                .patch("/api/v1/topics/" + topic.slug()).then().statusCode(200);
        asEditor().post("/api/v1/articles/" + article.slug() + "/unpublish").then().statusCode(200);
        JsonPath delta = given().when().get("/api/v1/sync?token=" + token).then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("article", "quote"), delta.getList("items.kind"), "no topic, no person: " + delta.prettify());
        assertEquals(List.of("unpublished", "unpublished"), delta.getList("items.reason"));
    }

    @Test
    void shouldStartAFullSyncOfSomeTypesOnly() {
        given().when().get("/api/v1/sync?type=person,topic").then().statusCode(200)
                .body("items.kind", equalTo(List.of("topic", "person", "person")));
    }

    @Test
    void shouldRefuseATypeWithATokenAForgedTokenAndBadParameters() {
        String token = fullSync("/api/v1/sync");

        refused("/api/v1/sync?token=" + token + "&type=article", "type", "cannot come with a token");
        String forged = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        refused("/api/v1/sync?token=" + forged, "token", "is not a sync token this service issued");
        refused("/api/v1/sync?token=not-a-token", "token", "is not a sync token this service issued");
        refused("/api/v1/sync?token=" + token.substring(0, token.indexOf('.')) + ".", "token", "is not a sync token");
        refused("/api/v1/sync?token=" + "a".repeat(2000), "token", "is not a sync token");
        refused("/api/v1/sync?type=articles", "type", "must be one of article, image, person, quote, topic");
        refused("/api/v1/sync?limit=0", "limit", "from 1 to 500");
        refused("/api/v1/sync?limit=501", "limit", "from 1 to 500");
        refused("/api/v1/sync?limit=ten", "limit", "from 1 to 500");
    }

    @Test
    void shouldRefuseATokenToAnotherKeyThanTheOneThatStartedTheSync() {
        String partner = fixtures.apiKey("partner");
        String partnersToken = given().auth().oauth2(partner).when().get("/api/v1/sync").then().statusCode(200)
                .extract().path("syncToken");

        given().when().get("/api/v1/sync?token=" + partnersToken).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("token"))
                .body("errors[0].message", containsString("issued to another API key"));
        given().auth().oauth2(fixtures.apiKey("partner")).when().get("/api/v1/sync?token=" + partnersToken)
                .then().statusCode(400).body("errors[0].message", containsString("issued to another API key"));
        given().auth().oauth2(partner).when().get("/api/v1/sync?token=" + partnersToken).then().statusCode(200);
    }

    @Test
    void shouldAnswerGoneToATokenOlderThanTheLogKeeps() {
        String token = fullSync("/api/v1/sync");
        asEditor().contentType("application/merge-patch+json").body(Map.of("dek", "One change"))
                .patch("/api/v1/articles/" + article.slug()).then().statusCode(200);
        asEditor().contentType("application/merge-patch+json").body(Map.of("dek", "Another change"))
                .patch("/api/v1/articles/" + article.slug()).then().statusCode(200);
        String first = fixtures.query("select min(position) from change_log");
        fixtures.execute("delete from change_log where position = ?", Long.parseLong(first));

        given().when().get("/api/v1/sync?token=" + token).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://content-api.modernmedia.example/problems/sync-token-expired"))
                .body("detail", containsString("Start a full sync without a token"));
    }

    @Test
    void shouldAcceptTheTokenTheDocumentShowsAsItsExample() {
        fixtures.execute("update change_log_head set position = 0");

        given().when().get("/api/v1/sync?token=" + SyncResource.TOKEN_EXAMPLE).then().statusCode(200)
                .body("syncToken", notNullValue());
    }

    @Test
    void shouldCutPagesWellUnderOneMegabyteWhateverTheLimit() {
        String paragraph = "Wind and sun now set the price of power on most afternoons. ".repeat(250);
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            big.add(fixtures.article("A long report, part " + i).paragraph(paragraph).paragraph(paragraph).paragraph(paragraph)
                    .paragraph(paragraph).publish().slug());
        }
        List<String> seen = new ArrayList<>();
        Response page = given().when().get("/api/v1/sync?type=article&limit=500").then().statusCode(200).extract().response();
        while (true) {
            assertTrue(page.asByteArray().length < 1024 * 1024, "a page of " + page.asByteArray().length + " bytes");
            seen.addAll(page.jsonPath().getList("items.id"));
            String next = page.jsonPath().getString("next");
            if (next == null) {
                break;
            }
            assertTrue(page.jsonPath().getList("items").size() < 13, "cut by size, not by the limit");
            page = given().when().get("/api/v1/sync?token=" + next).then().statusCode(200).extract().response();
        }
        assertEquals(13, seen.size());
        String token = page.jsonPath().getString("syncToken");

        for (String slug : big) {
            asEditor().contentType("application/merge-patch+json").body(Map.of("dek", "Updated"))
                    .patch("/api/v1/articles/" + slug).then().statusCode(200);
        }
        List<String> changed = new ArrayList<>();
        int pages = 0;
        while (token != null) {
            Response delta = given().when().get("/api/v1/sync?token=" + token + "&limit=500").then().statusCode(200)
                    .extract().response();
            assertTrue(delta.asByteArray().length < 1024 * 1024, "a page of " + delta.asByteArray().length + " bytes");
            changed.addAll(delta.jsonPath().getList("items.article.dek"));
            token = delta.jsonPath().getString("next");
            pages++;
        }
        assertEquals(12, changed.size());
        assertTrue(changed.stream().allMatch("Updated"::equals));
        assertTrue(pages > 1, "the delta was cut by size too");
    }

    /** Follows a full sync to its end; its syncToken. */
    private String fullSync(String start) {
        Response page = given().when().get(start).then().statusCode(200).extract().response();
        while (page.jsonPath().getString("next") != null) {
            page = given().when().get("/api/v1/sync?token=" + page.jsonPath().getString("next")).then().statusCode(200)
                    .extract().response();
        }
        return page.jsonPath().getString("syncToken");
    }

    private void refused(String url, String field, String message) {
        given().when().get(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].message", containsString(message));
    }

    private static Map<String, Object> item(JsonPath page, UUID id) {
        return page.getList("items", Map.class).stream().filter(i -> i.get("id").equals(id.toString()))
                .map(i -> (Map<String, Object>) i).findFirst().orElseThrow(() -> new AssertionError("no item " + id));
    }

    /** "kind id" of each item, in page order. */
    private static List<String> kindsAndIds(JsonPath page) {
        List<String> items = new ArrayList<>();
        for (Map<?, ?> item : page.getList("items", Map.class)) {
            items.add(item.get("kind") + " " + item.get("id"));
        }
        return items;
    }

    private String quoteId() {
        return fixtures.query("select id from quote where article_id = ?", article.id());
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor).header("If-Match", "*").when();
    }
}
