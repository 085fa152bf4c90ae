package com.modernmedia.content.shared;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public reads are answered from memory, exactly as built, and never after a write made them stale. */
@QuarkusTest
class RepresentationCacheTest {

    private static final List<String> DESCRIBING_HEADERS = List.of("ETag", "Cache-Control", "Vary", "Last-Modified",
            "Surrogate-Key", "Content-Type");

    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ContentConfig config;

    @Inject
    RepresentationCache cache;

    private String editor;
    private Ref expert;
    private Ref topic;
    private Ref article;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        expert = fixtures.person("Lena Brandt", "energy economist", "Kiel Institute");
        topic = fixtures.topic("Energy");
        article = fixtures.article("Grid prices fall").on(topic).quoting(expert, "Prices will not stay low.").publish();
    }

    @Test
    void shouldServeAKeptArticleAsBuiltWithoutTouchingTheDatabase() {
        Response built = given().when().get("/api/v1/articles/" + article.slug()).then().statusCode(200).extract().response();

        long before = preparedStatements();
        Response kept = given().when().get("/api/v1/articles/" + article.slug()).then().statusCode(200).extract().response();

        assertEquals(before, preparedStatements(), "a kept answer costs no SQL");
        assertArrayEquals(built.asByteArray(), kept.asByteArray());
        for (String header : DESCRIBING_HEADERS) {
            assertNotNull(kept.header(header), header);
            assertEquals(built.header(header), kept.header(header), header);
        }
    }

    @Test
    void shouldRevalidateFromTheCacheWithNotModified() {
        Response built = given().when().get("/api/v1/articles/" + article.slug()).then().extract().response();

        long before = preparedStatements();
        given().header("If-None-Match", built.header("ETag")).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(304).body(emptyString())
                .header("ETag", built.header("ETag"))
                .header("Cache-Control", built.header("Cache-Control"))
                .header("Surrogate-Key", built.header("Surrogate-Key"));
        given().header("If-Modified-Since", built.header("Last-Modified")).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(304).body(emptyString());
        given().header("If-None-Match", "\"r1-other\"").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("ETag", built.header("ETag"));

        assertEquals(before, preparedStatements());
    }

    @Test
    void shouldCompressAKeptAnswerForClientsThatAsk() {
        given().when().get("/api/v1/articles/" + article.slug()).then().statusCode(200);

        given().header("Accept-Encoding", "gzip").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("Content-Encoding", "gzip").body("headline", equalTo("Grid prices fall"));
    }

    @Test
    void shouldAnswerHeadFromTheCacheWithoutABody() {
        String etag = given().when().get("/api/v1/articles/" + article.slug()).then().extract().header("ETag");

        given().when().head("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("ETag", etag).body(emptyString());
    }

    @Test
    void shouldServeTheNewVersionRightAfterAnEditEverywhereTheArticleShows() {
        List<String> paths = List.of("/api/v1/articles/" + article.slug(), "/api/v1/articles",
                "/api/v1/topics/" + topic.slug() + "/articles", "/api/v1/people/" + expert.slug() + "/articles",
                "/api/v1/quotes");
        Map<String, String> etags = new java.util.HashMap<>();
        for (String path : paths) {
            etags.put(path, given().when().get(path).then().statusCode(200).extract().header("ETag"));
        }

        editArticle("{\"headline\": \"Grid prices rise again\"}");

        given().when().get(paths.get(0)).then().body("headline", equalTo("Grid prices rise again"));
        given().when().get(paths.get(1)).then().body("items.headline", contains("Grid prices rise again"));
        given().when().get(paths.get(2)).then().body("items.headline", contains("Grid prices rise again"));
        given().when().get(paths.get(3)).then().body("items.headline", contains("Grid prices rise again"));
        given().when().get(paths.get(4)).then().body("items.article.headline", contains("Grid prices rise again"));
        for (String path : paths) {
            assertNotEquals(etags.get(path), given().when().get(path).then().extract().header("ETag"), path);
        }
    }

    @Test
    void shouldShowANewArticleInEveryListAtOnce() {
        given().when().get("/api/v1/articles").then().body("items", org.hamcrest.Matchers.hasSize(1));
        given().when().get("/api/v1/topics/" + topic.slug() + "/articles").then().body("items", org.hamcrest.Matchers.hasSize(1));
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(1));

        String slug = given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("headline", "Storage is the answer", "topicIds", List.of(topic.id().toString()),
                        "bodyMarkdown", "Batteries, mostly."))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        given().auth().oauth2(editor).header("If-Match", "*").when().post("/api/v1/articles/" + slug + "/publish")
                .then().statusCode(200);

        given().when().get("/api/v1/articles").then().body("items.slug", contains(slug, article.slug()));
        given().when().get("/api/v1/topics/" + topic.slug() + "/articles").then().body("items.slug", contains(slug, article.slug()));
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(2));
    }

    @Test
    void shouldShowAPersonsNewNameInTheArticlesThatQuoteThem() {
        given().when().get("/api/v1/articles/" + article.slug()).then().body("people[0].name", equalTo("Lena Brandt"));

        given().auth().oauth2(editor).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"name\": \"Lena Brandt-Okafor\"}")
                .when().patch("/api/v1/people/" + expert.slug()).then().statusCode(200);

        given().when().get("/api/v1/articles/" + article.slug()).then().body("people[0].name", equalTo("Lena Brandt-Okafor"));
    }

    @Test
    void shouldShowANewQuoteOnThePersonsQuotePage() {
        given().when().get("/api/v1/people/" + expert.slug() + "/quotes").then().body("items", org.hamcrest.Matchers.hasSize(1));

        given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("personId", expert.id().toString(), "articleId", article.id().toString(),
                        "blockIndex", 0, "text", "will not stay low"))
                .when().post("/api/v1/quotes").then().statusCode(201);

        given().when().get("/api/v1/people/" + expert.slug() + "/quotes")
                .then().body("items.text", containsInAnyOrder("Prices will not stay low.", "will not stay low"));
    }

    @Test
    void shouldNeverShareWhatWasReadWithAKey() {
        Ref draft = fixtures.article("Not yet").draft();

        given().auth().oauth2(editor).when().get("/api/v1/articles/" + draft.slug())
                .then().statusCode(200).header("Cache-Control", "private, no-store");
        given().when().get("/api/v1/articles/" + draft.slug()).then().statusCode(404);

        given().auth().oauth2(editor).when().get("/api/v1/articles").then().statusCode(200);
        long before = preparedStatements();
        given().when().get("/api/v1/articles").then().statusCode(200).body("items.slug", contains(article.slug()));
        assertTrue(preparedStatements() > before, "the keyed read was not kept for the public");
    }

    @Test
    void shouldNotKeepAnAnswerBuiltWhileSomethingChanged() {
        RepresentationCache cache = new RepresentationCache(config, new TestClock());
        cache.confirmed(cache.now());
        RepresentationCache.Representation answer = representation("article-1");

        long begun = cache.begin();
        cache.invalidate(Set.of("article-2"));
        cache.store("/a", answer, begun);
        assertNull(cache.find("/a"), "built before an invalidation: may show what it dropped");

        cache.store("/a", answer, cache.begin());
        assertNotNull(cache.find("/a"));
        cache.invalidate(Set.of("article-2"));
        assertNotNull(cache.find("/a"), "only what shows a changed tag is dropped");
        cache.invalidate(Set.of("article-1"));
        assertNull(cache.find("/a"));
    }

    @Test
    void shouldServeNothingOnceTheListenerIsSilentForLongerThanTheBound() {
        TestClock clock = new TestClock().stop();
        RepresentationCache cache = new RepresentationCache(config, clock);
        cache.confirmed(cache.now());
        cache.store("/a", representation("article-1"), cache.begin());
        clock.advance(config.cache().maxStaleness().minusMillis(1));
        assertNotNull(cache.find("/a"), "confirmed within the bound");

        clock.advance(Duration.ofMillis(1));

        assertNull(cache.find("/a"), "cannot know whether /a changed since");
        assertEquals(RepresentationCache.DO_NOT_STORE, cache.begin());
    }

    @Test
    void shouldKeepOneEntryWhateverUnknownParametersOrderOrHostTheReadersSend() {
        String url = "/api/v1/articles";
        given().queryParam("limit", 5).queryParam("fields", "headline").when().get(url).then().statusCode(200);
        long entries = cache.size();
        long before = preparedStatements();

        given().queryParam("fields", "headline").queryParam("limit", 5).queryParam("utm_source", "x" + System.nanoTime())
                .header("Host", "evil.example").when().get(url)
                .then().statusCode(200).body("items[0].headline", equalTo("Grid prices fall"));

        assertEquals(before, preparedStatements(), "served from the entry the first read made");
        assertEquals(entries, cache.size(), "no new entry");
        given().queryParam("limit", 6).queryParam("fields", "headline").when().get(url).then().statusCode(200);
        assertEquals(entries + 1, cache.size(), "a parameter the operation reads is part of the key");
    }

    @Test
    void shouldLookOnlyAtTheEntriesThatShowAChangedTagHoweverFullTheCacheIs() {
        RepresentationCache empty = new RepresentationCache(config, new TestClock());
        RepresentationCache full = new RepresentationCache(config, new TestClock());
        for (RepresentationCache each : List.of(empty, full)) {
            each.confirmed(each.now());
            each.store("/changed", representation("article-1"), each.begin());
        }
        for (int i = 0; i < 10_000; i++) {
            full.store("/other/" + i, new RepresentationCache.Representation("{}".getBytes(), "\"x\"", Map.of(),
                    Set.of("article-other-" + i)), full.begin());
        }
        assertEquals(10_001, full.size());

        empty.invalidate(Set.of("article-1"));
        full.invalidate(Set.of("article-1"));

        assertEquals(1, empty.visited());
        assertEquals(1, full.visited(), "the 10,000 unrelated entries are not looked at");
        assertNull(full.find("/changed"));
        assertEquals(10_000, full.size());
        assertEquals(10_000, full.linkedTags(), "the tags of the dropped entry are unlinked");
    }

    @Test
    void shouldServeAKeptAnswerOnAnOutageOnlyWithinStaleIfError() {
        TestClock clock = new TestClock().stop();
        RepresentationCache cache = new RepresentationCache(config, clock);
        cache.confirmed(cache.now());
        cache.store("/a", representation("article-1"), cache.begin());

        cache.lost();

        assertNull(cache.find("/a"), "not served as current while changes may go unheard");
        assertNotNull(cache.findStale("/a"), "served in place of an error");
        clock.advance(config.cache().staleIfError());
        assertNull(cache.findStale("/a"), "older than stale-if-error promises");
    }

    @Test
    void shouldKeepWhatIsKeptAcrossAReconnectOnlyWhenNothingWasWrittenMeanwhile() {
        RepresentationCache cache = new RepresentationCache(config, new TestClock());
        cache.confirmed(cache.now());
        cache.store("/a", representation("article-1"), cache.begin());

        cache.lost();
        cache.confirmed(cache.now());
        cache.resumed(false);
        assertNotNull(cache.find("/a"));

        cache.lost();
        cache.confirmed(cache.now());
        cache.resumed(true);
        assertNull(cache.find("/a"));
        assertEquals(0, cache.linkedTags());
    }

    @Test
    void shouldWeighAPageWithTheIndexEntriesOfItsTagsNotOnlyItsBytes() {
        Set<String> tags = new java.util.HashSet<>();
        for (int i = 0; i < 80; i++) {
            tags.add("article-" + java.util.UUID.randomUUID());
        }
        RepresentationCache.Representation page = new RepresentationCache.Representation(new byte[10_000], "\"x\"",
                Map.of("Cache-Control", "public, max-age=60"), tags);

        // each tag: its string (44 characters) and its link in the index; the body alone would be 10,000
        int tagsTake = 80 * (44 + RepresentationCache.STRING_OVERHEAD + RepresentationCache.TAG_INDEX_OVERHEAD);
        assertTrue(page.weight() >= 10_000 + tagsTake, "weighs " + page.weight());
    }

    private static RepresentationCache.Representation representation(String tag) {
        return new RepresentationCache.Representation("{}".getBytes(), "\"x\"", Map.of(), Set.of(tag, "list-articles"));
    }

    private void editArticle(String patch) {
        given().auth().oauth2(editor).header("If-Match", "*").contentType("application/merge-patch+json").body(patch)
                .when().patch("/api/v1/articles/" + article.slug()).then().statusCode(200);
    }

    private long preparedStatements() {
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
