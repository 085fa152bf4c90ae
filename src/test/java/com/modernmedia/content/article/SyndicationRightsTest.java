package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Syndication rights decide what each partner's key sees of an article, the same way in every way of reading
 * it: lists, single reads (404 for what it may not see) and sync (a tombstone that says why). The public and
 * editors are not affected. One article per rule; the table says who sees what, before and after time passes.
 */
@QuarkusTest
class SyndicationRightsTest {

    private static final String SEES = "sees";

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    ScheduledPublication scheduledPublication;

    private String editor;
    private final Map<String, String> partners = new LinkedHashMap<>();
    private final Map<String, Ref> articles = new LinkedHashMap<>();

    @BeforeEach
    void content() {
        fixtures.reset();
        clock.stop();
        editor = fixtures.apiKey("editor");
        partners.put("northwind (GB)", partnerKey("northwind", "GB"));
        partners.put("southwind (FR)", partnerKey("southwind", "FR"));
        partners.put("no region", partnerKey("eastwind", null));
        Instant now = clock.instant();
        articles.put("open", fixtures.article("Open to every partner").publish());
        articles.put("not syndicated", withRights("Kept for readers", Map.of("allowed", false)));
        articles.put("northwind only", withRights("Licensed to one partner", Map.of("partners", List.of("northwind"))));
        articles.put("GB only", withRights("Licensed in one region", Map.of("regions", List.of("GB"))));
        articles.put("embargoed 1h", withRights("Under embargo", Map.of("embargoUntil", now.plus(Duration.ofHours(1)).toString())));
        articles.put("expires in 1h", withRights("Licensed briefly", Map.of("expiresAt", now.plus(Duration.ofHours(1)).toString())));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldShowEachPartnerWhatItsRightsAllowInListsSingleReadsAndSync() {
        Map<String, String> expected = new TreeMap<>();
        for (String partner : partners.keySet()) {
            expected.put(partner + " / open", SEES);
            expected.put(partner + " / not syndicated", "out-of-scope");
            expected.put(partner + " / northwind only", partner.startsWith("northwind") ? SEES : "out-of-scope");
            expected.put(partner + " / GB only", partner.startsWith("northwind") ? SEES : "out-of-scope");
            expected.put(partner + " / embargoed 1h", "embargoed");
            expected.put(partner + " / expires in 1h", SEES);
        }
        assertEquals(expected, whatPartnersSee());
        assertEquals(6, given().when().get("/api/v1/articles?limit=100").then().extract().jsonPath().getList("items").size(),
                "the public sees every article");
        assertEquals(6, given().auth().oauth2(editor).when().get("/api/v1/articles?limit=100").then().extract().jsonPath()
                .getList("items").size(), "so do editors");
    }

    @Test
    void shouldOpenAnEmbargoAndWithdrawExpiredRightsWhenTheirTimeComesAndTellPartnersSyncs() {
        Map<String, String> tokens = new LinkedHashMap<>();
        partners.forEach((name, key) -> tokens.put(name, fullSync(key).getString("syncToken")));

        clock.advance(Duration.ofHours(2));
        scheduledPublication.publishDueArticles();

        for (String partner : partners.keySet()) {
            List<Map<String, Object>> delta = given().auth().oauth2(partners.get(partner)).when()
                    .get("/api/v1/sync?token=" + tokens.get(partner)).then().statusCode(200).extract().jsonPath().getList("items");
            assertEquals(List.of(articles.get("embargoed 1h").id().toString(), articles.get("expires in 1h").id().toString()),
                    delta.stream().map(i -> i.get("id")).sorted(byArticleOrder()).toList(), partner + ": only what time changed");
            Map<String, Object> expired = delta.stream().filter(i -> i.get("id").equals(articles.get("expires in 1h").id().toString()))
                    .findFirst().orElseThrow();
            assertEquals("tombstone", expired.get("type"));
            assertEquals("rights-expired", expired.get("reason"));
            assertEquals(articles.get("expires in 1h").slug(), expired.get("slug"));
        }
        Map<String, String> seen = whatPartnersSee();
        for (String partner : partners.keySet()) {
            assertEquals(SEES, seen.get(partner + " / embargoed 1h"));
            assertEquals("rights-expired", seen.get(partner + " / expires in 1h"));
        }
        for (String rule : List.of("embargoed 1h", "expires in 1h")) {
            assertEquals("1", fixtures.query("select count(*) from change_log where resource_id = ? and action = 'updated' "
                    + "and key_name = 'system:syndication-rights'", articles.get(rule).id()), rule + " is announced once");
        }
        scheduledPublication.publishDueArticles();
        assertEquals("2", fixtures.query("select count(*) from change_log where key_name = 'system:syndication-rights'"),
                "nothing more to announce");
        given().when().get("/api/v1/articles/" + articles.get("expires in 1h").slug()).then().statusCode(200);
    }

    @Test
    void shouldChangeRightsThroughTheWritePipelineWithARevisionAndATombstoneForThePartnerLeftOut() {
        String northwind = partners.get("northwind (GB)");
        String token = fullSync(northwind).getString("syncToken");
        Ref open = articles.get("open");

        Response written = asEditor().contentType("application/merge-patch+json")
                .body(Map.of("syndication", Map.of("partners", List.of("southwind"))))
                .patch("/api/v1/articles/" + open.slug());

        written.then().statusCode(200).body("revision", equalTo(2))
                .body("syndication.partners", equalTo(List.of("southwind"))).body("syndication.allowed", equalTo(true));
        assertEquals("2", fixtures.query("select revision from change_log where resource_id = ? and action = 'updated'", open.id()));
        assertEquals("1", fixtures.query("select count(*) from audit_log where target_id = ? and detail -> 'changes' @> '[\"syndication\"]'",
                open.id()));
        given().auth().oauth2(northwind).when().get("/api/v1/sync?token=" + token).then().statusCode(200)
                .body("items[0].type", equalTo("tombstone")).body("items[0].reason", equalTo("out-of-scope"))
                .body("items[0].revision", equalTo(2));
        given().auth().oauth2(northwind).when().get("/api/v1/articles/" + open.slug()).then().statusCode(404);
        given().auth().oauth2(partners.get("southwind (FR)")).when().get("/api/v1/articles/" + open.slug()).then().statusCode(200)
                .body("syndication", nullValue());
        given().when().get("/api/v1/articles/" + open.slug()).then().statusCode(200).body("syndication", nullValue());
        asEditor().get("/api/v1/articles/" + open.slug()).then().body("syndication.partners", equalTo(List.of("southwind")));
    }

    @Test
    void shouldHideFromAPartnerTheQuotesPeopleAndRelatedStoriesOfAnArticleItMayNotSee() {
        String northwind = partners.get("northwind (GB)");
        Ref source = fixtures.person("Mira Solberg", "hydrologist", "Bergen Water Lab");
        Ref kept = fixtures.article("Kept from partners").quoting(source, "The fjords are warming.").publish();
        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", Map.of("allowed", false)))
                .patch("/api/v1/articles/" + kept.slug()).then().statusCode(200);
        Ref pointing = fixtures.article("Points at the kept one").related(kept).publish();
        String quote = fixtures.query("select id from quote where article_id = ?", kept.id());

        given().when().get("/api/v1/quotes/" + quote).then().statusCode(200);
        given().auth().oauth2(northwind).when().get("/api/v1/quotes/" + quote).then().statusCode(404);
        given().auth().oauth2(northwind).when().get("/api/v1/quotes?limit=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(quote)));
        given().when().get("/api/v1/people/" + source.slug()).then().statusCode(200);
        given().auth().oauth2(northwind).when().get("/api/v1/people/" + source.slug()).then().statusCode(404);
        given().auth().oauth2(northwind).when().get("/api/v1/people?limit=100").then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(source.slug())));
        given().when().get("/api/v1/articles/" + pointing.slug()).then().body("related.slug", equalTo(List.of(kept.slug())));
        given().auth().oauth2(northwind).when().get("/api/v1/articles/" + pointing.slug()).then().statusCode(200)
                .body("related", equalTo(List.of()));
    }

    @Test
    void shouldCountForAPartnerOnlyTheArticlesItsRightsAllow() {
        String northwind = partners.get("northwind (GB)");
        Ref topic = fixtures.topic("Fisheries");
        Ref writer = fixtures.person("Jonas Berg");
        fixtures.article("Quotas agreed").on(topic).by(writer).publish();
        withRights(fixtures.article("Quotas leaked").on(topic).by(writer), Map.of("allowed", false));

        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(2));
        given().auth().oauth2(northwind).when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(1));
        given().auth().oauth2(northwind).when().get("/api/v1/topics?limit=100").then()
                .body("items.find { it.slug == '" + topic.slug() + "' }.articleCount", equalTo(1));
        given().when().get("/api/v1/people/" + writer.slug()).then().body("articleCounts.authored", equalTo(2));
        given().auth().oauth2(northwind).when().get("/api/v1/people/" + writer.slug()).then().body("articleCounts.authored", equalTo(1));
    }

    @Test
    void shouldTellAPartnersSyncOfTheQuotesAndPeopleARightsChangeTakesAwayAndGivesBack() {
        String northwind = partners.get("northwind (GB)");
        Ref source = fixtures.person("Mira Solberg", "hydrologist", "Bergen Water Lab");
        Ref story = fixtures.article("Fjords warm faster").quoting(source, "The fjords are warming.").publish();
        String quote = fixtures.query("select id from quote where article_id = ?", story.id());
        io.restassured.path.json.JsonPath full = given().auth().oauth2(northwind).when().get("/api/v1/sync?limit=500")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(true, full.getList("items.id").containsAll(List.of(story.id().toString(), quote, source.id().toString())));

        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", Map.of("partners", List.of("southwind"))))
                .patch("/api/v1/articles/" + story.slug()).then().statusCode(200);
        io.restassured.path.json.JsonPath delta = given().auth().oauth2(northwind).when()
                .get("/api/v1/sync?token=" + full.getString("syncToken")).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("article out-of-scope", "quote out-of-scope", "person out-of-scope"),
                delta.<Map<String, Object>>getList("items").stream().map(i -> i.get("kind") + " " + i.get("reason")).toList());

        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", Map.of("partners", List.of())))
                .patch("/api/v1/articles/" + story.slug()).then().statusCode(200);
        given().auth().oauth2(northwind).when().get("/api/v1/sync?token=" + delta.getString("syncToken")).then().statusCode(200)
                .body("items.kind", equalTo(List.of("article", "quote", "person")))
                .body("items.type", equalTo(List.of("entry", "entry", "entry")));
    }

    @Test
    void shouldWithholdAnAgencyImageNotClearedFromPartnersAndStillSendTheArticle() {
        String northwind = partners.get("northwind (GB)");
        java.util.UUID wire = fixtures.image("Flood barriers at dawn", "Staff / Wire Agency");
        Ref story = fixtures.article("Barriers hold").hero(wire).paragraph("The river rose overnight.").inlineImage(wire).publish();
        io.restassured.path.json.JsonPath full = given().auth().oauth2(northwind).when().get("/api/v1/sync?limit=500")
                .then().statusCode(200).extract().jsonPath();

        asEditor().contentType("application/merge-patch+json").body(Map.of("syndicationCleared", false))
                .patch("/api/v1/images/" + wire).then().statusCode(200).body("syndicationCleared", equalTo(false));

        given().auth().oauth2(northwind).when().get("/api/v1/articles/" + story.slug()).then().statusCode(200)
                .body("heroImage", nullValue()).body("images", equalTo(List.of()))
                .body("body[1].type", equalTo("image")).body("body[1].imageId", equalTo(wire.toString()))
                .body("body[1].withheld", equalTo(true)).body("body[1].image", nullValue());
        given().auth().oauth2(northwind).when().get("/api/v1/articles?limit=100").then()
                .body("items.find { it.slug == '" + story.slug() + "' }.heroImage", nullValue());
        given().auth().oauth2(northwind).when().get("/api/v1/images/" + wire).then().statusCode(404);
        given().when().get("/api/v1/articles/" + story.slug()).then().statusCode(200)
                .body("heroImage.credit", equalTo("Staff / Wire Agency")).body("body[1].image.id", equalTo(wire.toString()))
                .body("body[1].withheld", nullValue());
        given().when().get("/api/v1/images/" + wire).then().statusCode(200);

        List<Map<String, Object>> delta = given().auth().oauth2(northwind).when()
                .get("/api/v1/sync?token=" + full.getString("syncToken")).then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(List.of("image tombstone out-of-scope", "article entry null"),
                delta.stream().map(i -> i.get("kind") + " " + i.get("type") + " " + i.get("reason")).toList());
        assertEquals(null, ((Map<?, ?>) delta.get(1).get("article")).get("heroImage"));
    }

    @Test
    void shouldGiveAPartnerWithATeaserRightTheArticleWithoutItsTextAndThePublicAllOfIt() {
        String northwind = partners.get("northwind (GB)");
        java.util.UUID chart = fixtures.image("Tide gauges along the estuary", "Staff");
        Ref story = fixtures.article("Estuary defences tested").paragraph("The gauges rose past their marks at noon.")
                .inlineImage(chart).publish();
        String token = fullSync(northwind).getString("syncToken");

        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", Map.of("fullText", false)))
                .patch("/api/v1/articles/" + story.slug()).then().statusCode(200)
                .body("syndication.fullText", equalTo(false)).body("textWithheld", nullValue());

        given().auth().oauth2(northwind).when().get("/api/v1/articles/" + story.slug()).then().statusCode(200)
                .body("headline", equalTo("Estuary defences tested")).body("textWithheld", equalTo(true))
                .body("body", equalTo(List.of())).body("images", equalTo(List.of())).body("quotes", equalTo(List.of()))
                .body("syndication", nullValue());
        given().auth().oauth2(northwind).when().get("/api/v1/articles/" + story.slug() + "?format=html").then()
                .body("bodyHtml", equalTo(""));
        given().auth().oauth2(northwind).when().get("/api/v1/sync?token=" + token).then().statusCode(200)
                .body("items[0].type", equalTo("entry")).body("items[0].article.textWithheld", equalTo(true))
                .body("items[0].article.body", equalTo(List.of()));
        given().when().get("/api/v1/articles/" + story.slug()).then().statusCode(200).body("textWithheld", nullValue())
                .body("body[0].text", equalTo("The gauges rose past their marks at noon."))
                .body("body[1].image.id", equalTo(chart.toString()));
        Map<String, Object> removed = new java.util.HashMap<>();
        removed.put("fullText", null); // a merge patch's null removes the member: absent means full text
        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", removed))
                .patch("/api/v1/articles/" + story.slug()).then().statusCode(200).body("syndication.fullText", equalTo(true));
        given().auth().oauth2(northwind).when().get("/api/v1/articles/" + story.slug()).then()
                .body("textWithheld", nullValue()).body("body[0].type", equalTo("paragraph"));
    }

    @Test
    void shouldRefuseRightsThatCannotHold() {
        String slug = articles.get("open").slug();
        Instant now = clock.instant();
        refused(slug, Map.of("regions", List.of("gb")), "syndication.regions[0]", "ISO 3166-1 alpha-2");
        refused(slug, Map.of("embargoUntil", now.plus(Duration.ofDays(2)).toString(), "expiresAt", now.plus(Duration.ofDays(1)).toString()),
                "syndication.expiresAt", "must be after syndication.embargoUntil");
        refused(slug, Map.of("partners", List.of("")), "syndication.partners[0]", "must not be blank");
        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", Map.of("fullText", "teaser")))
                .patch("/api/v1/articles/" + slug).then().statusCode(400);
        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", Map.of("allowed", "maybe")))
                .patch("/api/v1/articles/" + slug).then().statusCode(400);
        asEditor().get("/api/v1/articles/" + slug).then().body("revision", equalTo(1));
    }

    /**
     * "partner / rule" -> "sees", or the reason its sync gives when the article changes; lists, single reads and
     * sync must agree for each partner and rule.
     */
    private Map<String, String> whatPartnersSee() {
        Map<String, List<String>> listed = new LinkedHashMap<>();
        Map<String, List<String>> synced = new LinkedHashMap<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        partners.forEach((partner, key) -> {
            listed.put(partner, given().auth().oauth2(key).when().get("/api/v1/articles?limit=100").then().statusCode(200)
                    .extract().jsonPath().getList("items.id"));
            io.restassured.path.json.JsonPath sync = fullSync(key);
            synced.put(partner, sync.getList("items.id"));
            tokens.put(partner, sync.getString("syncToken"));
        });
        articles.values().forEach(article -> asEditor().contentType("application/merge-patch+json")
                .body(Map.of("dek", "Touched at " + clock.instant())).patch("/api/v1/articles/" + article.slug()).then().statusCode(200));
        Map<String, String> seen = new TreeMap<>();
        partners.forEach((partner, key) -> {
            Map<String, String> delta = new LinkedHashMap<>();
            for (Map<String, Object> item : given().auth().oauth2(key).when().get("/api/v1/sync?token=" + tokens.get(partner))
                    .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")) {
                delta.put((String) item.get("id"), item.get("type").equals("entry") ? SEES : (String) item.get("reason"));
            }
            articles.forEach((rule, article) -> {
                String id = article.id().toString();
                boolean inList = listed.get(partner).contains(id);
                int single = given().auth().oauth2(key).when().get("/api/v1/articles/" + article.slug()).statusCode();
                assertEquals(inList, single == 200, partner + " / " + rule + ": the list and the single read disagree");
                assertEquals(inList, synced.get(partner).contains(id), partner + " / " + rule + ": the list and the full sync disagree");
                assertEquals(inList, SEES.equals(delta.get(id)), partner + " / " + rule + ": the list and the delta disagree");
                seen.put(partner + " / " + rule, delta.get(id));
            });
        });
        return seen;
    }

    private io.restassured.path.json.JsonPath fullSync(String key) {
        Response page = given().auth().oauth2(key).when().get("/api/v1/sync?type=article&limit=500").then().statusCode(200)
                .extract().response();
        assertEquals(null, page.jsonPath().getString("next"), "one page holds them all");
        return page.jsonPath();
    }

    private java.util.Comparator<Object> byArticleOrder() {
        List<String> order = articles.values().stream().map(r -> r.id().toString()).toList();
        return java.util.Comparator.comparingInt(order::indexOf);
    }

    private void refused(String slug, Map<String, Object> syndication, String field, String message) {
        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", syndication))
                .patch("/api/v1/articles/" + slug).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(field))
                .body("errors.message", org.hamcrest.Matchers.hasItem(containsString(message)));
    }

    private Ref withRights(String headline, Map<String, Object> syndication) {
        return withRights(fixtures.article(headline), syndication);
    }

    private Ref withRights(Fixtures.ArticleBuilder builder, Map<String, Object> syndication) {
        Ref article = builder.publish();
        asEditor().contentType("application/merge-patch+json").body(Map.of("syndication", syndication))
                .patch("/api/v1/articles/" + article.slug()).then().statusCode(200);
        return article;
    }

    private String partnerKey(String name, String region) {
        Map<String, Object> request = new LinkedHashMap<>(Map.of("name", name, "role", "partner"));
        if (region != null) {
            request.put("region", region);
        }
        return given().header("Authorization", "Bearer " + Fixtures.ADMIN_KEY).contentType("application/json").body(request)
                .when().post("/api/v1/admin/keys").then().statusCode(201).extract().path("key");
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor).header("If-Match", "*").when();
    }
}
