package com.modernmedia.content.demo;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo magazine loads, loads again without change, and shows every endpoint something real. */
@QuarkusTest
class DemoContentTest {

    private static final String FLAGSHIP = "soleimani-and-the-united-states-worked-together-to-beat-isis";
    /** The demo's topic, person and image that nothing uses, for trying DELETE. */
    private static final String UNUSED_TOPIC = "podcasts";
    private static final String UNUSED_PERSON = "ines-carvalho";
    private static final String UNUSED_IMAGE = "21fb413f-a71d-4de3-8b98-891b6f6663f1";

    @Inject
    Fixtures fixtures;

    @Inject
    DemoContentLoader loader;

    private String editorKey;

    @BeforeEach
    void load() {
        fixtures.reset();
        loader.load();
        loader.load();
        editorKey = fixtures.apiKey("editor");
    }

    @AfterEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldServeTheFlagshipArticleWithItsExpertsImagesAndRelatedStories() {
        given().when().get("/api/v1/articles/" + FLAGSHIP)
                .then().statusCode(200)
                .header("Last-Modified", equalTo("Sat, 21 Jun 2025 12:00:00 GMT"))
                .body("authors.name", contains("Philip Kowalski"))
                .body("people.findAll { it.role == 'quoted' }.name",
                        contains("Arshin Adib-Moghaddam", "Marvin Weinbaum", "Eyad Hamid"))
                .body("people.find { it.slug == 'arshin-adib-moghaddam' }.affiliation", equalTo("SOAS University of London"))
                .body("people.findAll { it.role == 'mentioned' }.size()", greaterThanOrEqualTo(3))
                .body("heroImage.credit", not(equalTo(null)))
                .body("images", hasSize(1))
                .body("images[0].credit", endsWith("Getty"))
                .body("quotes.size()", greaterThanOrEqualTo(3))
                .body("related.size()", greaterThanOrEqualTo(2))
                .body("callToAction.kind", equalTo("newsletter"));
        given().redirects().follow(false).when().get("/api/v1/articles/soleimani-and-the-us")
                .then().statusCode(301).header("Location", endsWith("/api/v1/articles/" + FLAGSHIP));
    }

    @Test
    void shouldHaveEnoughPublishedContentForEveryListAndNoHiddenArticleInIt() {
        given().when().get("/api/v1/articles?limit=100&total=true")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(11))
                .body("items.slug", not(hasItems("isis-detention-camps-the-problem-nobody-wants")))
                .body("items.slug", not(hasItems("the-iran-deals-long-shadow")))
                .body("items.slug", not(hasItems("carbon-eating-concrete-startup")));
        given().when().get("/api/v1/topics?limit=100&total=true")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(6));
        given().when().get("/api/v1/articles/washingtons-long-argument-about-tehran")
                .then().statusCode(200).body("related.slug", not(hasItems("the-iran-deals-long-shadow")));
        given().when().get("/api/v1/articles/the-iran-deals-long-shadow").then().statusCode(404);
        given().when().get("/api/v1/quotes?limit=100")
                .then().statusCode(200).body("items.article.slug", everyItem(not(equalTo("the-iran-deals-long-shadow"))));
    }

    @Test
    void shouldPlaceEveryQuoteInsideTheBodyBlockItPointsTo() {
        var quotes = given().when().get("/api/v1/quotes?limit=100").then().statusCode(200).extract().jsonPath();
        int count = quotes.getList("items").size();
        for (int i = 0; i < count; i++) {
            String slug = quotes.getString("items[" + i + "].article.slug");
            int block = quotes.getInt("items[" + i + "].blockIndex");
            String text = quotes.getString("items[" + i + "].text");
            String blockText = given().when().get("/api/v1/articles/" + slug).then().extract().path("body[" + block + "].text");
            org.junit.jupiter.api.Assertions.assertTrue(blockText.contains(text), "quote '" + text + "' is not in block " + block + " of " + slug);
        }
    }

    @Test
    void shouldGiveEveryArticleItsRevisionsFromADraftCreateToItsCurrentState() {
        String articles = fixtures.query("select string_agg(slug || ' ' || revision, ',' order by slug) from article");
        assertEquals(16, articles.split(",").length);
        for (String row : articles.split(",")) {
            String slug = row.split(" ")[0];
            int revision = Integer.parseInt(row.split(" ")[1]);
            String revisions = "/api/v1/articles/" + slug + "/revisions";
            JsonPath article = asEditor().when().get("/api/v1/articles/" + slug).then().statusCode(200).extract().jsonPath();
            assertEquals(revision, article.getInt("revision"), slug);

            asEditor().when().get(revisions + "/1")
                    .then().statusCode(200)
                    .body("action", equalTo("create"))
                    .body("changedBy", equalTo("newsroom-cms"))
                    .body("snapshot.status", equalTo("draft"))
                    .body("snapshot.deleted", equalTo(false))
                    .body("snapshot.headline", not(equalTo(null)));
            JsonPath list = asEditor().when().get(revisions + "?limit=100").then().statusCode(200).extract().jsonPath();
            assertEquals(IntStream.rangeClosed(1, revision).boxed().sorted(Comparator.reverseOrder()).toList(),
                    list.getList("items.revision"), slug);
            asEditor().when().get(revisions + "/" + (revision + 1)).then().statusCode(404);

            List<JsonPath> history = new ArrayList<>();
            for (int n = 1; n <= revision; n++) {
                history.add(asEditor().when().get(revisions + "/" + n).then().statusCode(200).extract().jsonPath());
            }
            assertTellsWhatChanged(slug, history);
            assertFollowsTheWorkflow(slug, article.getString("status"), history);

            JsonPath last = history.get(revision - 1);
            assertEquals(article.getString("updatedAt"), last.getString("changedAt"), slug + ": last revision is the last update");
            assertWrittenAsTheArticleStands(slug, article, last);
        }
    }

    @Test
    void shouldShowTheFlagshipWrittenUnderItsOldSlugAndRenamedLater() {
        asEditor().when().get("/api/v1/articles/" + FLAGSHIP + "/revisions/1")
                .then().statusCode(200).body("snapshot.slug", equalTo("soleimani-and-the-us"));
        asEditor().when().get("/api/v1/articles/" + FLAGSHIP + "/revisions")
                .then().statusCode(200)
                .body("items.action", contains("update", "publish", "create"))
                .body("items[0].changes", contains("slug"))
                .body("items[0].changedAt", equalTo("2025-01-04T11:10:00Z"));
        asEditor().when().get("/api/v1/articles/" + FLAGSHIP + "/revisions/3")
                .then().statusCode(200).body("snapshot.slug", equalTo(FLAGSHIP));
    }

    @Test
    void shouldLetEditorsDeleteTheTopicPersonAndImageThatNothingUses() {
        asEditor().header("If-Match", "*").when().delete("/api/v1/topics/iran").then().statusCode(409);
        asEditor().header("If-Match", "*").when().delete("/api/v1/people/arshin-adib-moghaddam").then().statusCode(409);
        asEditor().header("If-Match", "*").when().delete("/api/v1/images/61ae79be-1887-4e67-8068-974e89845ff8").then().statusCode(409);

        asEditor().header("If-Match", "*").when().delete("/api/v1/topics/" + UNUSED_TOPIC).then().statusCode(204);
        asEditor().header("If-Match", "*").when().delete("/api/v1/people/" + UNUSED_PERSON).then().statusCode(204);
        asEditor().header("If-Match", "*").when().delete("/api/v1/images/" + UNUSED_IMAGE).then().statusCode(204);

        asEditor().when().get("/api/v1/topics/" + UNUSED_TOPIC).then().statusCode(404);
        asEditor().when().get("/api/v1/people/" + UNUSED_PERSON).then().statusCode(404);
        asEditor().when().get("/api/v1/images/" + UNUSED_IMAGE).then().statusCode(404);
    }

    @Test
    void shouldLeaveAnArticleEditedThroughTheApiAloneWhenLoadedAgain() {
        String path = "/api/v1/articles/mapping-glacier-lakes";
        String etag = asEditor().when().get(path).then().statusCode(200).extract().header("ETag");
        asEditor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"dek\": \"Satellites, drones and a lot of walking.\"}")
                .when().patch(path).then().statusCode(200).body("revision", equalTo(2));

        loader.load();

        asEditor().when().get(path).then().statusCode(200)
                .body("revision", equalTo(2)).body("dek", equalTo("Satellites, drones and a lot of walking."));
        asEditor().when().get(path + "/revisions")
                .then().statusCode(200)
                .body("items.revision", contains(2, 1))
                .body("items[0].changes", contains("dek"))
                .body("items[1].action", equalTo("create"));
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editorKey);
    }

    /**
     * A snapshot leaves out null fields, as the service writes it. A create names the fields it set; every later
     * revision differs from the one before in exactly the fields its changes name.
     */
    private static void assertTellsWhatChanged(String slug, List<JsonPath> history) {
        for (JsonPath revision : history) {
            assertFalse(revision.getMap("snapshot").containsValue(null), slug + " r" + revision.getInt("revision") + " has a null field");
        }
        Map<String, Object> first = history.get(0).getMap("snapshot");
        Set<String> set = new LinkedHashSet<>(first.keySet());
        set.remove("deleted");
        assertEquals(set, new LinkedHashSet<>(history.get(0).getList("changes")), slug + " r1");
        for (int n = 1; n < history.size(); n++) {
            Map<String, Object> before = history.get(n - 1).getMap("snapshot");
            Map<String, Object> after = history.get(n).getMap("snapshot");
            Set<String> differing = new LinkedHashSet<>(before.keySet());
            differing.addAll(after.keySet());
            differing.removeIf(field -> Objects.equals(before.get(field), after.get(field)));
            assertEquals(new LinkedHashSet<>(history.get(n).getList("changes")), differing, slug + " r" + (n + 1));
        }
    }

    /** Created as a draft, published (or scheduled) before it is public or unpublished, unpublished last. */
    private static void assertFollowsTheWorkflow(String slug, String status, List<JsonPath> history) {
        List<String> actions = history.stream().map(r -> r.getString("action")).toList();
        assertEquals("create", actions.get(0), slug);
        assertEquals(1, actions.stream().filter("create"::equals).count(), slug);
        for (JsonPath revision : history) {
            String action = revision.getString("action");
            String after = revision.getString("snapshot.status");
            switch (action) {
                case "publish" -> assertTrue(Set.of("published", "scheduled").contains(after), slug + " publish: " + after);
                case "unpublish" -> assertEquals("unpublished", after, slug);
                case "create", "update" -> { }
                default -> throw new AssertionError(slug + ": unexpected action " + action);
            }
        }
        assertEquals(status.equals("draft") ? 0 : 1, actions.stream().filter("publish"::equals).count(), slug + " publishes");
        assertEquals(status.equals("unpublished"), actions.get(actions.size() - 1).equals("unpublish"), slug + " unpublish");
        assertEquals(status, history.get(history.size() - 1).getString("snapshot.status"), slug);
    }

    /** The last snapshot is the article as an editor reads it now. */
    private static void assertWrittenAsTheArticleStands(String slug, JsonPath article, JsonPath last) {
        Map<String, Object> snapshot = last.getMap("snapshot");
        assertEquals(article.getString("slug"), snapshot.get("slug"), slug);
        assertEquals(article.getString("headline"), snapshot.get("headline"), slug);
        assertEquals(article.getString("dek"), snapshot.get("dek"), slug);
        assertEquals(article.getString("status"), snapshot.get("status"), slug);
        assertEquals(article.getString("publishedAt"), snapshot.get("publishedAt"), slug);
        assertEquals(article.getString("heroImage.id"), snapshot.get("heroImageId"), slug);
        assertEquals(article.getList("authors.id"), snapshot.get("authorIds"), slug);
        assertEquals(article.getList("topics.id"), snapshot.get("topicIds"), slug);
        assertEquals(article.getMap("callToAction"), snapshot.get("callToAction"), slug);
        List<Map<String, Object>> people = new ArrayList<>();
        for (Map<String, Object> person : article.<Map<String, Object>>getList("people")) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("personId", person.get("id"));
            input.put("role", person.get("role"));
            input.put("title", person.get("title"));
            input.put("affiliation", person.get("affiliation"));
            people.add(input);
        }
        assertEquals(people, snapshot.get("people"), slug);
        List<Map<String, Object>> body = new ArrayList<>();
        for (Map<String, Object> block : article.<Map<String, Object>>getList("body")) {
            Map<String, Object> written = new LinkedHashMap<>(block);
            written.remove("image");
            body.add(written);
        }
        assertEquals(body, snapshot.get("body"), slug);
        List<Object> relatedIds = last.getList("snapshot.relatedIds");
        assertTrue(relatedIds.containsAll(article.getList("related.id")), slug + " related");
        assertEquals(false, snapshot.get("deleted"), slug);
    }
}
