package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ArticleWriteTest {

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

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor);
    }

    private ValidatableResponse create(Map<String, Object> article) {
        return asEditor().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles").then();
    }

    private String etagOf(String slugOrId) {
        return asEditor().when().get("/api/v1/articles/" + slugOrId).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void shouldCreateADraftFromMarkdownThatQuotesTwoPeopleAndKeepItFromThePublic() {
        Ref author = fixtures.person("Philip Kowalski");
        Ref professor = fixtures.person("Arshin Adib-Moghaddam");
        Ref director = fixtures.person("Marvin Weinbaum");
        Ref topic = fixtures.topic("Iran");
        UUID image = fixtures.image("A meeting in Tehran", "Pool / Press Office / Anadolu Agency / Getty");
        String markdown = """
                Few Americans knew the *general's* name before [the strike](https://example.com).

                ## An ally of convenience

                He built "a regional axis that is both institutionalized and ideological," one expert said.

                ![Soleimani at a meeting](image:%s)

                > The world is more dangerous to live in.
                > — Arshin Adib-Moghaddam

                - first point
                - second point
                """.formatted(image);

        var created = create(Map.of("headline", "Soleimani and the United States: Déjà vu",
                "dek", "A complicated relationship",
                "bodyMarkdown", markdown,
                "authorIds", List.of(author.id()),
                "topicIds", List.of(topic.id()),
                "people", List.of(
                        Map.of("personId", professor.id(), "role", "quoted", "title", "world politics professor",
                                "affiliation", "SOAS University of London"),
                        Map.of("personId", director.id(), "role", "quoted"))))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/articles/soleimani-and-the-united-states-deja-vu"))
                .header("ETag", startsWith("\"r1-"))
                .body("status", equalTo("draft"))
                .body("revision", equalTo(1))
                .body("body.type", contains("paragraph", "heading", "paragraph", "image", "pull_quote", "paragraph", "paragraph"))
                .body("body[0].text", equalTo("Few Americans knew the general's name before the strike."))
                .body("body[1].level", equalTo(2))
                .body("body[3].image.credit", equalTo("Pool / Press Office / Anadolu Agency / Getty"))
                .body("body[4].text", equalTo("The world is more dangerous to live in."))
                .body("body[4].attribution", equalTo("Arshin Adib-Moghaddam"))
                .body("people.role", contains("quoted", "quoted"))
                .body("people[0].title", equalTo("world politics professor"))
                .body("wordCount", equalTo(39))
                .extract();
        String slug = created.path("slug");
        String id = created.path("id");

        given().when().get("/api/v1/articles/" + slug).then().statusCode(404);
        given().when().get("/api/v1/articles/" + id).then().statusCode(404);
        given().when().get("/api/v1/articles").then().body("items", empty());
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(0));
        asEditor().when().get("/api/v1/articles/" + slug).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store")).body("status", equalTo("draft"));
        asEditor().when().get("/api/v1/preview/articles/" + id + "?format=text").then().statusCode(200)
                .body("bodyText", startsWith("Few Americans knew"));
        given().when().get("/api/v1/preview/articles/" + id).then().statusCode(401);
        given().auth().oauth2(fixtures.apiKey("partner")).when().get("/api/v1/preview/articles/" + id).then().statusCode(403);
    }

    @Test
    void shouldPublishAnArticleIntoEveryPublicRead() {
        Ref author = fixtures.person("Nadia Farouk");
        Ref expert = fixtures.person("Helena Voss");
        Ref topic = fixtures.topic("Climate");
        String slug = create(Map.of("headline", "Glaciers in retreat", "body", List.of(Map.of("type", "paragraph", "text", "Ice melts.")),
                "authorIds", List.of(author.id()), "topicIds", List.of(topic.id()),
                "people", List.of(Map.of("personId", expert.id(), "role", "quoted"))))
                .statusCode(201).extract().path("slug");

        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/publish")
                .then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .body("status", equalTo("published"))
                .body("publishedAt", startsWith(Instant.now().toString().substring(0, 10)));

        given().when().get("/api/v1/articles/" + slug).then().statusCode(200).header("Cache-Control", startsWith("public"));
        given().when().get("/api/v1/articles").then().body("items.slug", contains(slug));
        given().when().get("/api/v1/topics/" + topic.slug() + "/articles").then().body("items.slug", contains(slug));
        given().when().get("/api/v1/people/" + expert.slug() + "/articles").then().body("items.slug", contains(slug));
        given().when().get("/api/v1/people/" + author.slug()).then().statusCode(200).body("articleCounts.authored", equalTo(1));
    }

    @Test
    void shouldScheduleAnArticleThatGoesPublicAtItsTimeByItself() {
        Instant soon = clock.instant().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String slug = create(Map.of("headline", "Embargoed report", "publishedAt", soon.toString()))
                .statusCode(201).extract().path("slug");

        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/publish")
                .then().statusCode(200).body("status", equalTo("scheduled"));
        given().when().get("/api/v1/articles/" + slug).then().statusCode(404);

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        int status = given().when().get("/api/v1/articles/" + slug).then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertEquals(200, status, "public at its time, with nothing touching it");
        given().when().get("/api/v1/articles/" + slug).then().body("status", equalTo("published"));
    }

    @Test
    void shouldRenameTheSlugAndFollowTheOldOne() {
        String slug = create(Map.of("headline", "First title")).statusCode(201).extract().path("slug");
        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);

        asEditor().header("If-Match", etagOf(slug)).contentType("application/merge-patch+json")
                .body("{\"slug\": \"better-title\", \"headline\": \"Better title\"}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(200).body("slug", equalTo("better-title")).body("revision", equalTo(3));

        given().redirects().follow(false).when().get("/api/v1/articles/" + slug)
                .then().statusCode(301).header("Location", endsWith("/api/v1/articles/better-title"));
        given().when().get("/api/v1/articles/" + slug).then().statusCode(200).body("headline", equalTo("Better title"));
    }

    @Test
    void shouldUnpublishAndDeleteUntilGoneEverywherePublicAndKeepTheRevisions() {
        Ref topic = fixtures.topic("Business");
        String slug = create(Map.of("headline", "Short-lived story", "topicIds", List.of(topic.id())))
                .statusCode(201).extract().path("slug");
        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(1));

        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/unpublish")
                .then().statusCode(200).body("status", equalTo("unpublished"));
        given().when().get("/api/v1/articles/" + slug).then().statusCode(404);
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(0));

        asEditor().header("If-Match", etagOf(slug)).when().delete("/api/v1/articles/" + slug).then().statusCode(204);
        asEditor().when().get("/api/v1/articles/" + slug).then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertNotNull(fixtures.query("select deleted_at from article where slug = ?", slug));
    }

    @Test
    void shouldReplaceTheBodyWithMarkdownOrHtmlInAPatch() {
        String slug = create(Map.of("headline", "Rewritten", "body", List.of(Map.of("type", "paragraph", "text", "Old words.")),
                "dek", "mentions \"bodyMarkdown\" in passing")).statusCode(201).extract().path("slug");

        asEditor().header("If-Match", etagOf(slug)).contentType("application/merge-patch+json")
                .body("{\"bodyMarkdown\": \"## New\\n\\nNew words here.\"}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("body.type", contains("heading", "paragraph"))
                .body("body[1].text", equalTo("New words here."))
                .body("wordCount", equalTo(4));
        asEditor().header("If-Match", etagOf(slug)).contentType("application/merge-patch+json")
                .body("{\"dek\": \"A new dek\"}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("body[1].text", equalTo("New words here."))
                .body("dek", equalTo("A new dek"));
        asEditor().header("If-Match", etagOf(slug)).contentType("application/merge-patch+json")
                .body("{\"bodyHtml\": \"<p>Html words</p>\"}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("body.text", contains("Html words"));
    }

    @Test
    void shouldKeepQuotesStandingInTheBodyWhenTheArticleIsEdited() {
        Ref expert = fixtures.person("Eyad Hamid");
        Ref article = fixtures.article("Quoted story").paragraph("Intro.").quoting(expert, "terrorist arm").draft();
        String etag = etagOf(article.slug());

        asEditor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"body\": [{\"type\": \"heading\", \"text\": \"New start\", \"level\": 2},"
                        + "{\"type\": \"paragraph\", \"text\": \"Intro.\"},"
                        + "{\"type\": \"paragraph\", \"text\": \"He called it the terrorist arm of the regime.\"}]}")
                .when().patch("/api/v1/articles/" + article.slug())
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("quotes[0].blockIndex", equalTo(2));
        String moved = etagOf(article.slug());
        asEditor().header("If-Match", moved).contentType("application/merge-patch+json")
                .body("{\"body\": [{\"type\": \"paragraph\", \"text\": \"The words are gone.\"}]}")
                .when().patch("/api/v1/articles/" + article.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("terrorist arm"));
        asEditor().header("If-Match", moved).contentType("application/merge-patch+json")
                .body("{\"people\": []}")
                .when().patch("/api/v1/articles/" + article.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("people"))
                .body("errors[0].message", containsString("Eyad Hamid"));

        asEditor().when().get("/api/v1/articles/" + article.slug())
                .then().body("revision", equalTo(2)).body("people.name", contains("Eyad Hamid")).body("body.type", hasItem("heading"));
    }

    @Test
    void shouldKeepImagesAndCaptionedFiguresOfAnHtmlBody() {
        UUID image = fixtures.image("In the library", "Agency");
        String html = "<p>Before <img src=\"image:" + image + "\"> after</p>"
                + "<figure><img src=\"image:" + image + "\"><figcaption>A caption</figcaption></figure>"
                + "<blockquote><footer>Nobody</footer></blockquote>";

        create(Map.of("headline", "Figures", "bodyHtml", html)).statusCode(201)
                .body("body.type", contains("paragraph", "image", "image"))
                .body("body[0].text", equalTo("Before after"));
        create(Map.of("headline", "Too long", "bodyMarkdown", "## " + "long ".repeat(80)))
                .statusCode(400).body("errors[0].field", equalTo("bodyMarkdown"))
                .body("errors[0].message", startsWith("block 0, text: size must be"));
    }

    @Test
    void shouldCallAPublishedArticleMovedToAFutureTimeScheduled() {
        String slug = create(Map.of("headline", "Moved")).statusCode(201).extract().path("slug");
        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);

        asEditor().header("If-Match", etagOf(slug)).contentType("application/merge-patch+json")
                .body("{\"publishedAt\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(200).body("status", equalTo("scheduled"));
        given().when().get("/api/v1/articles/" + slug).then().statusCode(404);
    }

    @Test
    void shouldKeepTheRevisionWhenAWriteChangesNothing() {
        String slug = create(Map.of("headline", "Steady", "authorIds", List.of(fixtures.person("Writer").id())))
                .statusCode(201).extract().path("slug");
        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/publish")
                .then().statusCode(200).body("revision", equalTo(2));

        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/publish")
                .then().statusCode(200).body("revision", equalTo(2));
        asEditor().header("If-Match", etagOf(slug)).contentType("application/merge-patch+json").body("{}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(200).body("revision", equalTo(2));

        asEditor().when().get("/api/v1/articles/" + slug).then().body("revision", equalTo(2));
        asEditor().when().get("/api/v1/articles/" + slug + "/revisions").then().body("items.revision", contains(2, 1));
    }

    @Test
    void shouldRecordWhoChangedWhatInTheRevisions() {
        String slug = create(Map.of("headline", "Revised")).statusCode(201).extract().path("slug");
        asEditor().header("If-Match", etagOf(slug)).contentType("application/merge-patch+json")
                .body("{\"dek\": \"Now with a dek\"}").when().patch("/api/v1/articles/" + slug).then().statusCode(200);
        asEditor().header("If-Match", etagOf(slug)).when().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);

        asEditor().when().get("/api/v1/articles/" + slug + "/revisions")
                .then().statusCode(200)
                .body("items.revision", contains(3, 2, 1))
                .body("items.action", contains("publish", "update", "create"))
                .body("items[0].changes", contains("publishedAt", "status"))
                .body("items[1].changes", contains("dek"))
                .body("items[1].changedBy", startsWith("editor-"))
                .body("items[2].changes", hasItem("headline"));
        asEditor().when().get("/api/v1/articles/" + slug + "/revisions/2")
                .then().statusCode(200).body("snapshot.dek", equalTo("Now with a dek")).body("snapshot.status", equalTo("draft"));
        asEditor().when().get("/api/v1/articles/" + slug + "/revisions/9").then().statusCode(404);
        given().when().get("/api/v1/articles/" + slug + "/revisions").then().statusCode(401);
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit?limit=3")
                .then().body("items.action", contains("publish", "update", "create"));
    }

    @Test
    void shouldRefuseWritesWithoutOrAgainstAnOldRevision() {
        String slug = create(Map.of("headline", "Contested")).statusCode(201).extract().path("slug");
        String first = etagOf(slug);
        asEditor().header("If-Match", first).contentType("application/merge-patch+json").body("{\"dek\": \"one\"}")
                .when().patch("/api/v1/articles/" + slug).then().statusCode(200);

        asEditor().contentType("application/merge-patch+json").body("{\"dek\": \"two\"}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(428).body("currentRevision", equalTo(2));
        asEditor().header("If-Match", first).contentType("application/merge-patch+json").body("{\"dek\": \"two\"}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(412).contentType("application/problem+json").body("currentRevision", equalTo(2));
        asEditor().header("If-Match", first).when().post("/api/v1/articles/" + slug + "/publish").then().statusCode(412);
        asEditor().header("If-Match", first).when().delete("/api/v1/articles/" + slug).then().statusCode(412);

        asEditor().when().get("/api/v1/articles/" + slug).then().body("dek", equalTo("one")).body("status", equalTo("draft"));
    }

    @Test
    void shouldValidateEveryFieldAndLeaveTheDataAsItWas() {
        Ref person = fixtures.person("Someone");
        Ref taken = fixtures.article("Taken headline").publish();
        UUID missing = UUID.fromString("7d9c4c58-0000-4000-8000-000000000000");

        create(Map.of("dek", "no headline")).statusCode(400).body("errors.field", contains("headline"));
        create(Map.of("headline", "x", "authorIds", List.of(person.id(), missing)))
                .statusCode(400).body("errors[0].field", equalTo("authorIds[1]"))
                .body("errors[0].message", containsString(missing.toString()));
        create(Map.of("headline", "x", "topicIds", List.of(missing))).statusCode(400).body("errors[0].field", equalTo("topicIds[0]"));
        create(Map.of("headline", "x", "heroImageId", missing)).statusCode(400).body("errors[0].field", equalTo("heroImageId"));
        create(Map.of("headline", "x", "authorIds", List.of(person.id(), person.id())))
                .statusCode(400).body("errors[0].field", equalTo("authorIds"));
        create(Map.of("headline", "x", "body", List.of(), "bodyMarkdown", "text"))
                .statusCode(400).body("errors[0].field", equalTo("body"));
        create(Map.of("headline", "x", "body", List.of(Map.of("type", "video", "url", "https://x.example"))))
                .statusCode(400).body("errors[0].field", startsWith("body"));
        create(Map.of("headline", "x", "body", List.of(Map.of("type", "heading", "text", "H", "level", 7))))
                .statusCode(400).body("errors[0].field", equalTo("body[0].level"));
        create(Map.of("headline", "x", "body", List.of(Map.of("type", "embed", "url", "javascript:alert(1)"))))
                .statusCode(400).body("errors[0].field", equalTo("body[0].url"));
        create(Map.of("headline", "x", "bodyMarkdown", "![lost](https://elsewhere.example/a.jpg)"))
                .statusCode(400).body("errors[0].field", equalTo("bodyMarkdown"));
        create(Map.of("headline", "x", "people", List.of(Map.of("personId", person.id(), "role", "interviewed"))))
                .statusCode(400).body("errors[0].field", containsString("role"));
        create(Map.of("headline", "x", "callToAction", Map.of("kind", "newsletter", "text", "Sign up", "url", "javascript:x")))
                .statusCode(400).body("errors[0].field", equalTo("callToAction.url"));
        create(Map.of("headline", "x", "slug", taken.slug())).statusCode(409).body("errors[0].field", equalTo("slug"));
        create(Map.of("headline", "x", "wordCount", 5)).statusCode(400).body("errors[0].field", equalTo("wordCount"));

        String slug = create(Map.of("headline", "Self")).statusCode(201).extract().path("slug");
        String id = asEditor().get("/api/v1/articles/" + slug).path("id");
        asEditor().header("If-Match", etagOf(slug)).contentType("application/merge-patch+json")
                .body("{\"relatedIds\": [\"" + id + "\"]}")
                .when().patch("/api/v1/articles/" + slug)
                .then().statusCode(400).body("errors[0].field", equalTo("relatedIds"));

        org.junit.jupiter.api.Assertions.assertEquals("2", fixtures.query("select count(*) from article"));
        asEditor().when().get("/api/v1/articles/" + slug).then().body("revision", equalTo(1)).body("related", empty());
    }

    @Test
    /** The HTTP layer refuses the body before any resource runs (RequestBodyLimit), so nothing is written. */
    void shouldRefuseBodiesLargerThanTheLimit() throws Exception {
        String huge = "{\"headline\": \"Huge\", \"bodyMarkdown\": \"" + "word ".repeat(2_200_000) + "\"}";
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/articles"))
                .header("Authorization", "Bearer " + editor).header("Content-Type", "application/json")
                .expectContinue(true).version(java.net.http.HttpClient.Version.HTTP_1_1)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(huge)).build();

        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("0", fixtures.query("select count(*) from article"));
    }

    @Test
    void shouldGiveOneWinnerPerRoundToConcurrentEditsAndLoseNoWrite() throws Exception {
        String slug = create(Map.of("headline", "Race")).statusCode(201).extract().path("slug");
        int writers = 6;
        int rounds = 4;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            for (int round = 1; round <= rounds; round++) {
                String etag = etagOf(slug);
                var start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    String headline = "Round " + round + " by writer " + writer;
                    results.add(pool.submit(() -> {
                        start.await();
                        return asEditor().header("If-Match", etag).contentType("application/merge-patch+json")
                                .body("{\"headline\": \"" + headline + "\"}")
                                .when().patch("/api/v1/articles/" + slug).then().extract().statusCode();
                    }));
                }
                start.countDown();
                Map<Integer, Integer> statuses = new HashMap<>();
                for (var result : results) {
                    statuses.merge(result.get(), 1, Integer::sum);
                }
                org.junit.jupiter.api.Assertions.assertEquals(Map.of(200, 1, 412, writers - 1), statuses, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }

        var article = asEditor().when().get("/api/v1/articles/" + slug).then().statusCode(200).extract();
        org.junit.jupiter.api.Assertions.assertEquals(1 + rounds, (int) article.path("revision"));
        String headline = article.path("headline");
        org.junit.jupiter.api.Assertions.assertTrue(headline.startsWith("Round " + rounds), headline);
        asEditor().when().get("/api/v1/articles/" + slug + "/revisions")
                .then().body("items.revision", contains(5, 4, 3, 2, 1))
                .body("items[0].changes", contains("headline"));
        org.junit.jupiter.api.Assertions.assertEquals(headline,
                fixtures.query("select snapshot->>'headline' from article_revision where revision = 5"));
    }
}
