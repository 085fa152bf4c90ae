package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article's representations by content negotiation: each is kept, tagged, revalidated and invalidated on its
 * own, with Vary: Accept; anything else is a 406 problem naming what it offers; and every representation shows
 * exactly what the reader's key may see (drafts to editors, no image a partner is not cleared for).
 */
@QuarkusTest
class ArticleNegotiationTest {

    private static final String JSON_LD = "application/ld+json";
    private static final String NINJS = "application/json; profile=\"http://iptc.org/std/ninjs/3.2\"";
    private static final String NINJS_31 = "application/json; profile=\"http://iptc.org/std/ninjs/3.1\"";
    private static final String ALIAS = "application/ninjs+json";
    private static final String OFFERED = "application/json, application/ld+json, "
            + "application/json; profile=\"http://iptc.org/std/ninjs/3.2\", "
            + "application/json; profile=\"http://iptc.org/std/ninjs/3.1\", application/ninjs+json";

    @Inject
    Fixtures fixtures;

    private Ref article;

    @BeforeEach
    void article() {
        fixtures.reset();
        article = fixtures.article("Freight rates whiplash").by(fixtures.person("Nadia Farouk")).on(fixtures.topic("Shipping"))
                .paragraph("Container lines spent a year sending ships the long way round.").publish();
    }

    @Test
    void shouldAnswerJsonToAClientThatAsksForNoStandardFormat() {
        for (String accept : new String[]{null, "*/*", "application/*", "application/json", "application/json, application/ld+json;q=0.5"}) {
            (accept == null ? given() : given().header("Accept", accept)).when().get("/api/v1/articles/" + article.slug())
                    .then().statusCode(200).contentType("application/json")
                    .header("Vary", "Accept, Accept-Encoding, Origin, Authorization")
                    .body("slug", equalTo(article.slug()));
        }
        given().header("Accept", "application/json;q=0.5, application/ld+json").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).contentType(JSON_LD);
    }

    @Test
    void shouldKeepAndRevalidateEachRepresentationWithItsOwnETag() {
        Response json = given().when().get("/api/v1/articles/" + article.slug());
        Response ld = given().accept(JSON_LD).when().get("/api/v1/articles/" + article.slug());
        Response ninjs = given().header("Accept", NINJS).when().get("/api/v1/articles/" + article.slug());
        Response ninjs31 = given().header("Accept", NINJS_31).when().get("/api/v1/articles/" + article.slug());

        for (Response answer : List.of(json, ld, ninjs, ninjs31)) {
            answer.then().statusCode(200)
                    .header("ETag", containsString("\"r1-"))
                    .header("Vary", "Accept, Accept-Encoding, Origin, Authorization")
                    .header("Cache-Control", "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400")
                    .header("Last-Modified", json.header("Last-Modified"))
                    .header("Surrogate-Key", containsString("article-" + article.id()));
        }
        assertEquals(4, Set.of(json.header("ETag"), ld.header("ETag"), ninjs.header("ETag"), ninjs31.header("ETag")).size());
        for (int read = 0; read < 2; read++) { // the first may build the answer, the second is served kept
            given().accept(JSON_LD).header("If-None-Match", ld.header("ETag")).when().get("/api/v1/articles/" + article.slug())
                    .then().statusCode(304).header("ETag", ld.header("ETag")).header("Vary", containsString("Accept"));
            given().accept(JSON_LD).when().get("/api/v1/articles/" + article.slug())
                    .then().statusCode(200).contentType(JSON_LD).header("ETag", ld.header("ETag"));
        }
        given().accept(JSON_LD).header("If-None-Match", json.header("ETag")).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).contentType(JSON_LD).header("ETag", ld.header("ETag"));
        given().header("If-None-Match", ld.header("ETag")).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).contentType("application/json").header("ETag", json.header("ETag"));
        given().header("Accept", NINJS_31).header("If-None-Match", ninjs.header("ETag")).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("Content-Type", NINJS_31).header("ETag", ninjs31.header("ETag"));
        given().header("Accept", NINJS_31).header("If-None-Match", ninjs31.header("ETag")).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(304).header("ETag", ninjs31.header("ETag"));
    }

    @Test
    void shouldDropTheKeptJsonLdAndEachNinjsWhenTheArticleIsEdited() {
        String editor = fixtures.apiKey("editor");
        String ld = given().accept(JSON_LD).when().get("/api/v1/articles/" + article.slug()).then().statusCode(200)
                .body(containsString("Freight rates whiplash")).extract().header("ETag");
        String ninjs = given().header("Accept", NINJS).when().get("/api/v1/articles/" + article.slug()).then().statusCode(200)
                .extract().header("ETag");
        String ninjs31 = given().header("Accept", NINJS_31).when().get("/api/v1/articles/" + article.slug()).then().statusCode(200)
                .extract().header("ETag");
        String current = given().auth().oauth2(editor).when().get("/api/v1/articles/" + article.slug()).then().extract().header("ETag");

        given().auth().oauth2(editor).header("If-Match", current).contentType("application/merge-patch+json")
                .body(Map.of("headline", "The freight rate whiplash")).when().patch("/api/v1/articles/" + article.slug())
                .then().statusCode(200);

        String newLd = given().accept(JSON_LD).header("If-None-Match", ld).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("ETag", containsString("\"r2-"))
                .body(containsString("The freight rate whiplash")).extract().header("ETag");
        given().header("Accept", NINJS).header("If-None-Match", ninjs).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("ETag", containsString("\"r2-")).body(containsString("The freight rate whiplash"));
        given().header("Accept", NINJS_31).header("If-None-Match", ninjs31).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("Content-Type", NINJS_31).header("ETag", containsString("\"r2-"))
                .body(containsString("The freight rate whiplash"));
        assertNotEquals(ld, newLd);
    }

    @Test
    void shouldCompressEveryRepresentationForAClientThatAsksBuiltOrKept() {
        Ref longRead = fixtures.article("A long read on freight").paragraph("Container lines and their detours. ".repeat(100)).publish();

        for (String accept : new String[]{"application/json", JSON_LD, NINJS, NINJS_31, ALIAS}) {
            for (int read = 0; read < 2; read++) { // built, then kept
                given().header("Accept", accept).header("Accept-Encoding", "gzip").when().get("/api/v1/articles/" + longRead.slug())
                        .then().statusCode(200).header("Content-Encoding", "gzip").body(containsString("A long read on freight"));
            }
        }
    }

    @Test
    void shouldRefuseWhatItCannotAnswerWithAProblemThatListsItsTypes() {
        for (String accept : new String[]{"text/html", "application/json; profile=\"http://example.com/other\"",
                "application/json; profile=\"http://iptc.org/std/ninjs/3.0\"",
                "application/json; profile=\"http://iptc.org/std/ninjs/9.9\"",
                "application/ld+json;q=0, application/json;q=0, application/*;q=0"}) {
            given().header("Accept", accept).when().get("/api/v1/articles/" + article.slug())
                    .then().statusCode(406).contentType("application/problem+json")
                    .body("type", containsString("not-acceptable"))
                    .body("detail", equalTo("This resource answers only " + OFFERED + "; ask for one of them in the Accept header."));
        }
    }

    @Test
    void shouldAnswerHeadWithTheHeadersOfGetAndNoBody() {
        for (String accept : new String[]{JSON_LD, NINJS}) {
            Response get = given().header("Accept", accept).when().get("/api/v1/articles/" + article.slug());
            given().header("Accept", accept).when().head("/api/v1/articles/" + article.slug())
                    .then().statusCode(200)
                    .header("Content-Type", get.header("Content-Type"))
                    .header("ETag", get.header("ETag"))
                    .header("Last-Modified", get.header("Last-Modified"))
                    .header("Vary", get.header("Vary"))
                    .body(emptyString());
        }
        given().header("Accept", NINJS).when().head("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("Link", containsString("rel=\"profile\""));
    }

    @Test
    void shouldTakeFieldsAndFormatOnlyWithJson() {
        given().accept(JSON_LD).queryParam("fields", "headline").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("fields"));
        given().header("Accept", NINJS).queryParam("format", "html").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().accept(ALIAS).queryParam("format", "text").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("fields", "headline").queryParam("format", "html").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).body("headline", equalTo("Freight rates whiplash")).body("$", not(hasKey("bodyHtml")));
    }

    @Test
    void shouldNeverShowAPartnerAnImageItIsNotClearedFor() {
        String partner = fixtures.apiKey("partner");
        UUID agencyHero = fixtures.imageNotCleared("A port at dawn", "Agency / Getty");
        UUID agencyInline = fixtures.imageNotCleared("Cranes at rest", "Agency / Getty");
        UUID own = fixtures.image("Our own photo", "Modern Media");
        Ref pictured = fixtures.article("Ports in pictures").hero(agencyHero).paragraph("First.").inlineImage(agencyInline)
                .inlineImage(own).publish();

        for (String accept : new String[]{JSON_LD, NINJS, NINJS_31, ALIAS, "application/json"}) {
            String partners = given().auth().oauth2(partner).header("Accept", accept).when().get("/api/v1/articles/" + pictured.slug())
                    .then().statusCode(200).header("Cache-Control", "private, no-store").extract().asString();
            String publics = given().header("Accept", accept).when().get("/api/v1/articles/" + pictured.slug())
                    .then().statusCode(200).extract().asString();
            for (UUID agency : List.of(agencyHero, agencyInline)) {
                assertFalse(partners.contains(agency + ".jpg"), accept + ": " + partners);
                assertTrue(publics.contains(agency + ".jpg"), accept + ": the public sees it");
            }
            assertTrue(partners.contains(own + ".jpg"), accept + ": " + partners);
            assertFalse(partners.contains("A port at dawn") || partners.contains("Cranes at rest") || partners.contains("Agency / Getty"),
                    accept + ": " + partners);
        }
    }

    @Test
    void shouldShowADraftInEveryFormatOnlyToEditors() {
        Ref draft = fixtures.article("A draft in progress").paragraph("Not yet.").draft();
        String editor = fixtures.apiKey("editor");

        for (String accept : new String[]{JSON_LD, NINJS, NINJS_31, ALIAS}) {
            given().header("Accept", accept).when().get("/api/v1/articles/" + draft.slug())
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(fixtures.apiKey("partner")).header("Accept", accept).when().get("/api/v1/articles/" + draft.slug())
                    .then().statusCode(404);
            given().auth().oauth2(editor).header("Accept", accept).when().get("/api/v1/articles/" + draft.slug())
                    .then().statusCode(200).header("Cache-Control", "private, no-store")
                    .body(containsString("A draft in progress")).body(not(containsString("datePublished")))
                    .body(not(containsString("firstCreated")));
        }
        given().auth().oauth2(editor).header("Accept", NINJS).when().get("/api/v1/articles/" + draft.slug())
                .then().statusCode(200).body(containsString("\"pubStatus\":\"withheld\""));
    }
}
