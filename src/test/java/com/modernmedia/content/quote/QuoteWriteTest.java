package com.modernmedia.content.quote;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class QuoteWriteTest {

    @Inject
    Fixtures fixtures;

    private String editor;
    private Ref expert;
    private Ref bystander;
    private Ref story;

    /**
     * A published story whose body is: 0 heading, 1 paragraph quoting the expert (quote at position 0),
     * 2 paragraph with more of the expert's words, 3 pull quote, 4 image. The bystander is only mentioned.
     */
    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        expert = fixtures.person("Expert", "professor emeritus", "Elsewhere University");
        bystander = fixtures.person("Bystander");
        story = fixtures.article("Story")
                .heading("What she said")
                .quoting(expert, "world politics professor", "SOAS University of London", "first words")
                .paragraph("Later she added that the region is tense and the mood is grim.")
                .pullQuote("The mood is grim.", "Expert")
                .inlineImage(fixtures.image("A street", "Agency"))
                .mentioning(bystander)
                .publish();
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor);
    }

    private Map<String, Object> input(Ref person, Ref article, Object blockIndex, String text) {
        Map<String, Object> input = new HashMap<>();
        input.put("personId", person.id().toString());
        input.put("articleId", article.id().toString());
        input.put("blockIndex", blockIndex);
        input.put("text", text);
        return input;
    }

    private String create(Map<String, Object> input) {
        return asEditor().contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/quotes")
                .then().statusCode(201).extract().path("id");
    }

    private String etagOf(String quoteId) {
        return asEditor().when().get("/api/v1/quotes/" + quoteId).then().statusCode(200).extract().header("ETag");
    }

    /** Every quote row as text, to prove a refused write changed nothing. */
    private String quotesInDatabase() {
        return fixtures.query("select string_agg(q::text, '|' order by q.id) from quote q");
    }

    @Test
    void shouldCreateAQuoteUnderTheTitleTheArticleQuotesThePersonUnder() {
        var created = asEditor().contentType(ContentType.JSON).body(input(expert, story, 2, "  the region is tense "))
                .when().post("/api/v1/quotes")
                .then().statusCode(201)
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", equalTo("no-store"))
                .body("text", equalTo("the region is tense"))
                .body("person.slug", equalTo(expert.slug()))
                .body("person.title", equalTo("professor emeritus"))
                .body("title", equalTo("world politics professor"))
                .body("affiliation", equalTo("SOAS University of London"))
                .body("article.slug", equalTo(story.slug()))
                .body("blockIndex", equalTo(2))
                .body("position", equalTo(1))
                .body("revision", equalTo(1))
                .extract();
        String id = created.path("id");

        assertTrue(created.header("Location").endsWith("/api/v1/quotes/" + id), created.header("Location"));
        given().when().get(created.header("Location"))
                .then().statusCode(200)
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", containsString("public"))
                .body("id", equalTo(id))
                .body("text", equalTo("the region is tense"));
        given().when().get("/api/v1/quotes?article=" + story.slug())
                .then().statusCode(200).body("items.text", contains("first words", "the region is tense"));
        given().when().get("/api/v1/articles/" + story.slug())
                .then().statusCode(200).body("quotes.text", contains("first words", "the region is tense"));
        given().when().get("/api/v1/people/" + expert.slug() + "/quotes")
                .then().statusCode(200).body("items.text", contains("first words", "the region is tense"));
    }

    @Test
    void shouldKeepGivenTitleAndAffiliation() {
        Map<String, Object> input = input(expert, story, 3, "The mood is grim.");
        input.put("title", "former adviser");
        input.put("affiliation", "Chatham House");

        asEditor().contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/quotes")
                .then().statusCode(201)
                .body("title", equalTo("former adviser"))
                .body("affiliation", equalTo("Chatham House"));
    }

    @Test
    void shouldKeepQuotesInReadingOrderByBlockThenCreation() {
        String inPullQuote = create(input(expert, story, 3, "The mood is grim."));
        String inParagraph = create(input(expert, story, 2, "the mood is grim"));
        String sameBlockAsFirst = create(input(expert, story, 1, "words"));

        given().when().get("/api/v1/quotes?article=" + story.slug())
                .then().statusCode(200)
                .body("items.text", contains("first words", "words", "the mood is grim", "The mood is grim."));
        asEditor().when().get("/api/v1/quotes/" + sameBlockAsFirst).then().body("position", equalTo(1));
        asEditor().when().get("/api/v1/quotes/" + inParagraph).then().body("position", equalTo(2));
        asEditor().when().get("/api/v1/quotes/" + inPullQuote)
                .then().body("position", equalTo(3))
                .body("revision", equalTo(1)); // moved by others' writes, not edited
        assertEquals("0,1,2,3", fixtures.query("select string_agg(position::text, ',' order by position) from quote"));
    }

    @Test
    void shouldNumberQuotesWrittenAtOnceWithoutClashes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int block = 1 + i % 3;
                String words = block == 1 ? "first words" : block == 2 ? "the region is tense" : "The mood is grim.";
                answers.add(pool.submit(() -> asEditor().contentType(ContentType.JSON).body(input(expert, story, block, words))
                        .when().post("/api/v1/quotes").then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(String.join(",", IntStream.range(0, 17).mapToObj(Integer::toString).toList()),
                fixtures.query("select string_agg(position::text, ',' order by position) from quote"));
        assertEquals("0", fixtures.query("select count(*) from (select position, block_index, "
                + "lag(block_index) over (order by position) as previous from quote) q where block_index < previous"));
    }

    @Test
    void shouldRefuseQuotesThatDoNotStandInTheArticle() {
        Ref elsewhere = fixtures.article("Elsewhere").quoting(bystander, "other words").publish();
        UUID nobody = UUID.fromString("7d9c4c58-0000-4000-8000-000000000000");
        String before = quotesInDatabase();

        asEditor().contentType(ContentType.JSON).body(input(expert, story, 2, "words she never said"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", contains("text"))
                .body("errors[0].message", equalTo("must stand word for word in block 2"));
        asEditor().contentType(ContentType.JSON).body(input(expert, story, 2, "The Region Is Tense"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400).body("errors.field", contains("text"));
        asEditor().contentType(ContentType.JSON).body(input(expert, story, 5, "first words"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors.field", contains("blockIndex"))
                .body("errors[0].message", equalTo("must be less than 5, the number of blocks in the article's body"));
        asEditor().contentType(ContentType.JSON).body(input(expert, story, 0, "What she said"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors.field", contains("blockIndex"))
                .body("errors[0].message", equalTo("must point at a paragraph or a pull quote"));
        asEditor().contentType(ContentType.JSON).body(input(expert, story, 4, "A street"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400).body("errors.field", contains("blockIndex"));
        asEditor().contentType(ContentType.JSON).body(input(bystander, story, 2, "the region is tense"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors.field", contains("personId"))
                .body("errors[0].message", equalTo("must be quoted in the article"));
        asEditor().contentType(ContentType.JSON).body(input(expert, elsewhere, 0, "other words"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors.field", contains("personId"))
                .body("errors[0].message", equalTo("must be quoted in the article"));
        asEditor().contentType(ContentType.JSON).body(input(new Ref(nobody, "nobody"), story, 2, "the region is tense"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors.field", contains("personId"))
                .body("errors[0].message", equalTo("no person has this id"));
        asEditor().contentType(ContentType.JSON).body(input(expert, new Ref(nobody, "nowhere"), 2, "the region is tense"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors.field", contains("articleId"))
                .body("errors[0].message", equalTo("no article has this id"));
        asEditor().contentType(ContentType.JSON).body(input(bystander, story, 0, "not there"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("detail", equalTo("The request has 2 invalid field(s); see errors."))
                .body("errors.field", contains("blockIndex", "personId"));
        asEditor().contentType(ContentType.JSON).body(input(bystander, story, 2, "not there"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors.field", contains("personId", "text"));

        assertEquals(before, quotesInDatabase());
        given().when().get("/api/v1/quotes?article=" + story.slug()).then().body("items.text", contains("first words"));
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit").then().body("items", empty());
    }

    @Test
    void shouldRefuseAQuoteInADeletedArticle() {
        fixtures.execute("update article set deleted_at = now() where id = ?", story.id());
        String before = quotesInDatabase();

        asEditor().contentType(ContentType.JSON).body(input(expert, story, 2, "the region is tense"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors.field", contains("articleId"))
                .body("errors[0].message", equalTo("no article has this id"));
        assertEquals(before, quotesInDatabase());
    }

    @Test
    void shouldRefuseMissingFieldsAndWrongTypesNamingTheField() {
        String before = quotesInDatabase();
        asEditor().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("articleId", "blockIndex", "personId", "text"));
        Map<String, Object> blank = input(expert, story, 2, "   ");
        asEditor().contentType(ContentType.JSON).body(blank)
                .when().post("/api/v1/quotes")
                .then().statusCode(400).body("errors.field", contains("text"));
        asEditor().contentType(ContentType.JSON).body(input(expert, story, -1, "the region is tense"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400).body("errors.field", contains("blockIndex"));
        asEditor().contentType(ContentType.JSON).body(input(expert, story, 2, "x".repeat(5001)))
                .when().post("/api/v1/quotes")
                .then().statusCode(400).body("errors.field", contains("text"));
        Map<String, Object> longTitle = input(expert, story, 2, "the region is tense");
        longTitle.put("title", "t".repeat(301));
        longTitle.put("affiliation", "a".repeat(301));
        asEditor().contentType(ContentType.JSON).body(longTitle)
                .when().post("/api/v1/quotes")
                .then().statusCode(400).body("errors.field", contains("affiliation", "title"));
        asEditor().contentType(ContentType.JSON).body(input(expert, story, "2", "the region is tense"))
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("blockIndex"))
                .body("errors[0].message", equalTo("must be a whole number"));
        Map<String, Object> numberText = input(expert, story, 2, null);
        numberText.put("text", 5);
        asEditor().contentType(ContentType.JSON).body(numberText)
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", equalTo("must be a string"));
        Map<String, Object> badId = input(expert, story, 2, "the region is tense");
        badId.put("personId", "not-a-uuid");
        asEditor().contentType(ContentType.JSON).body(badId)
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("personId"))
                .body("errors[0].message", equalTo("must be a UUID"));
        Map<String, Object> extra = input(expert, story, 2, "the region is tense");
        extra.put("position", 0);
        asEditor().contentType(ContentType.JSON).body(extra)
                .when().post("/api/v1/quotes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("position"))
                .body("errors[0].message", equalTo("is not a field of this resource"));
        asEditor().contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/api/v1/quotes")
                .then().statusCode(400).contentType("application/problem+json");
        asEditor().contentType(ContentType.TEXT).body("the region is tense")
                .when().post("/api/v1/quotes")
                .then().statusCode(415).contentType("application/problem+json");

        assertEquals(before, quotesInDatabase());
    }

    @Test
    void shouldNeedAnEditorKeyToWrite() {
        Map<String, Object> input = input(expert, story, 2, "the region is tense");
        String quote = fixtures.query("select id from quote");
        String before = quotesInDatabase();

        given().contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/quotes")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
        given().header("If-Match", "*").contentType(ContentType.JSON).body(input)
                .when().put("/api/v1/quotes/" + quote).then().statusCode(401);
        given().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"title\": \"x\"}")
                .when().patch("/api/v1/quotes/" + quote).then().statusCode(401);
        given().header("If-Match", "*").when().delete("/api/v1/quotes/" + quote).then().statusCode(401);
        String partner = fixtures.apiKey("partner");
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/quotes")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(partner).header("If-Match", "*").when().delete("/api/v1/quotes/" + quote)
                .then().statusCode(403);
        given().auth().oauth2("cak_not_a_key").contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/quotes").then().statusCode(401);
        assertEquals(before, quotesInDatabase());

        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON).body(input)
                .when().post("/api/v1/quotes")
                .then().statusCode(201);
    }

    @Test
    void shouldReplaceAQuoteOnlyAgainstItsCurrentRevision() {
        String id = create(input(expert, story, 2, "the region is tense"));
        String etag = etagOf(id);
        Map<String, Object> replacement = input(expert, story, 3, "The mood is grim.");
        replacement.put("title", "professor");

        asEditor().contentType(ContentType.JSON).body(replacement)
                .when().put("/api/v1/quotes/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required"))
                .body("currentRevision", equalTo(1));
        String newTag = asEditor().header("If-Match", etag).contentType(ContentType.JSON).body(replacement)
                .when().put("/api/v1/quotes/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .header("Cache-Control", equalTo("no-store"))
                .body("text", equalTo("The mood is grim."))
                .body("blockIndex", equalTo(3))
                .body("title", equalTo("professor"))
                .body("affiliation", equalTo("SOAS University of London"))
                .body("revision", equalTo(2))
                .extract().header("ETag");
        assertNotEquals(etag, newTag);
        String afterEdit = quotesInDatabase();
        asEditor().header("If-Match", etag).contentType(ContentType.JSON).body(input(expert, story, 2, "the mood is grim"))
                .when().put("/api/v1/quotes/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/stale-revision"))
                .body("currentRevision", equalTo(2));
        asEditor().header("If-Match", newTag).contentType(ContentType.JSON).body(input(expert, story, 0, "What she said"))
                .when().put("/api/v1/quotes/" + id)
                .then().statusCode(400).body("errors.field", contains("blockIndex"));

        assertEquals(afterEdit, quotesInDatabase());
        asEditor().when().get("/api/v1/quotes/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo(newTag))
                .body("text", equalTo("The mood is grim."))
                .body("revision", equalTo(2));
        asEditor().header("If-Match", "*").contentType(ContentType.JSON).body(replacement)
                .when().put("/api/v1/quotes/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldPatchOnlyTheFieldsSent() {
        String id = create(input(expert, story, 2, "the region is tense"));

        asEditor().header("If-Match", etagOf(id)).contentType("application/merge-patch+json")
                .body("{\"title\": \"adviser\", \"affiliation\": \"Chatham House\"}")
                .when().patch("/api/v1/quotes/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .body("text", equalTo("the region is tense"))
                .body("blockIndex", equalTo(2))
                .body("title", equalTo("adviser"))
                .body("affiliation", equalTo("Chatham House"))
                .body("revision", equalTo(2));
        asEditor().header("If-Match", etagOf(id)).contentType("application/merge-patch+json")
                .body("{\"title\": null}")
                .when().patch("/api/v1/quotes/" + id)
                .then().statusCode(200)
                .body("title", equalTo("world politics professor"))
                .body("affiliation", equalTo("Chatham House"))
                .body("revision", equalTo(3));
        String afterEdits = quotesInDatabase();

        asEditor().header("If-Match", "*").contentType(ContentType.TEXT).body("{\"title\": \"x\"}")
                .when().patch("/api/v1/quotes/" + id)
                .then().statusCode(415).contentType("application/problem+json");
        asEditor().contentType("application/merge-patch+json").body("{\"title\": \"x\"}")
                .when().patch("/api/v1/quotes/" + id)
                .then().statusCode(428).body("currentRevision", equalTo(3));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"text\": null}")
                .when().patch("/api/v1/quotes/" + id)
                .then().statusCode(400).body("errors.field", contains("text"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"blockIndex\": \"one\"}")
                .when().patch("/api/v1/quotes/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("blockIndex"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"text\": \"not in it\"}")
                .when().patch("/api/v1/quotes/" + id)
                .then().statusCode(400).body("errors.field", contains("text"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"title\": ")
                .when().patch("/api/v1/quotes/" + id)
                .then().statusCode(400).body("type", endsWith("/malformed-json"));

        assertEquals(afterEdits, quotesInDatabase());
        asEditor().when().get("/api/v1/quotes/" + id)
                .then().body("revision", equalTo(3)).body("text", equalTo("the region is tense")).body("title", equalTo("world politics professor"));
    }

    @Test
    void shouldRenumberBothArticlesWhenAQuoteMoves() {
        String first = fixtures.query("select id from quote where article_id = ?", story.id());
        String second = create(input(expert, story, 2, "the region is tense"));
        Ref sequel = fixtures.article("Sequel").quoting(expert, "sequel words").paragraph("A new start.").publish();

        asEditor().header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"articleId\": \"" + sequel.id() + "\", \"blockIndex\": 1, \"text\": \"A new start\"}")
                .when().patch("/api/v1/quotes/" + first)
                .then().statusCode(200)
                .body("article.slug", equalTo(sequel.slug()))
                .body("position", equalTo(1))
                .body("title", equalTo("world politics professor")); // kept: the patch did not touch it

        asEditor().when().get("/api/v1/quotes/" + second).then().body("position", equalTo(0));
        given().when().get("/api/v1/articles/" + sequel.slug()).then().body("quotes.text", contains("sequel words", "A new start"));
        given().when().get("/api/v1/articles/" + story.slug()).then().body("quotes.text", contains("the region is tense"));
    }

    @Test
    void shouldSoftDeleteAQuoteAndTakeItOutOfEveryPublicRead() {
        String first = fixtures.query("select id from quote where article_id = ?", story.id());
        String second = create(input(expert, story, 2, "the region is tense"));
        String before = quotesInDatabase();

        asEditor().when().delete("/api/v1/quotes/" + first)
                .then().statusCode(428).body("currentRevision", equalTo(1));
        asEditor().header("If-Match", "\"r7-stale\"").when().delete("/api/v1/quotes/" + first)
                .then().statusCode(412).body("currentRevision", equalTo(1));
        given().auth().oauth2(fixtures.apiKey("partner")).header("If-Match", "*").when().delete("/api/v1/quotes/" + first)
                .then().statusCode(403);
        assertEquals(before, quotesInDatabase());
        given().when().get("/api/v1/quotes/" + first).then().statusCode(200);

        asEditor().header("If-Match", etagOf(first)).when().delete("/api/v1/quotes/" + first)
                .then().statusCode(204);

        given().when().get("/api/v1/quotes/" + first).then().statusCode(404).contentType("application/problem+json");
        asEditor().when().get("/api/v1/quotes/" + first).then().statusCode(404);
        given().when().get("/api/v1/quotes?total=true")
                .then().body("items.text", contains("the region is tense")).body("total", equalTo(1));
        given().when().get("/api/v1/articles/" + story.slug()).then().body("quotes.text", contains("the region is tense"));
        given().when().get("/api/v1/people/" + expert.slug() + "/quotes").then().body("items.text", contains("the region is tense"));
        given().when().get("/api/v1/people/" + expert.slug()).then().body("articleCounts.quoted", equalTo(1));
        asEditor().when().get("/api/v1/quotes/" + second).then().body("position", equalTo(0)).body("revision", equalTo(1));
        assertNotNull(fixtures.query("select deleted_at from quote where id = ?::uuid", first), "the row stays as a tombstone");

        asEditor().header("If-Match", "*").when().delete("/api/v1/quotes/" + first).then().statusCode(404);
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"title\": \"x\"}")
                .when().patch("/api/v1/quotes/" + first).then().statusCode(404);
    }

    @Test
    void shouldCreateAQuoteInADraftWithoutMakingItPublic() {
        Ref draft = fixtures.article("Draft").quoting(expert, "draft words").draft();

        String id = create(input(expert, draft, 0, "draft"));

        given().when().get("/api/v1/quotes/" + id).then().statusCode(404);
        asEditor().when().get("/api/v1/quotes/" + id).then().statusCode(200).body("position", equalTo(1));
        given().when().get("/api/v1/quotes").then().body("items.text", contains("first words"));
    }

    @Test
    void shouldAuditEveryQuoteWrite() {
        String id = create(input(expert, story, 2, "the region is tense"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"title\": \"adviser\"}")
                .when().patch("/api/v1/quotes/" + id).then().statusCode(200);
        asEditor().header("If-Match", "*").when().delete("/api/v1/quotes/" + id).then().statusCode(204);

        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("items.action", contains("delete", "update", "create"))
                .body("items.targetKind", contains("quote", "quote", "quote"))
                .body("items.targetId", contains(id, id, id))
                .body("items[2].keyName", startsWith("editor-"))
                .body("items[2].detail.article", equalTo(story.slug()))
                .body("items[2].detail.person", equalTo(expert.slug()))
                .body("items[0].detail", not(nullValue()));
    }
}
