package com.modernmedia.content.person;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.shared.Audience;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GET /api/v1/people?q= and /api/v1/topics?q=: autocomplete over names that forgives typos and accents. */
@QuarkusTest
class PersonSearchTest {

    @Inject
    Fixtures fixtures;

    @Inject
    PersonRepository people;

    @BeforeEach
    void reset() {
        fixtures.reset();
        Ref weinbaum = fixtures.person("Daniel Weinbaum");
        Ref adib = fixtures.person("Arshin Adib-Moghaddam");
        Ref zoe = fixtures.person("Zoë Brandt");
        Ref zoeWithout = fixtures.person("Zoe Adler");
        Ref danielle = fixtures.person("Danielle Moreau");
        fixtures.person("Daniel Unpublished");
        fixtures.article("Sanctions").by(weinbaum).quoting(adib, "an axis").mentioning(zoe).publish();
        fixtures.article("Ports").by(zoeWithout, danielle).publish();
    }

    private List<String> names(String q) {
        return given().queryParam("q", q).when().get("/api/v1/people").then().statusCode(200)
                .body("next", nullValue()).extract().path("items.name");
    }

    @Test
    void shouldForgiveTyposAndFindPrefixesAndHyphenatedParts() {
        given().queryParam("q", "weinbam").when().get("/api/v1/people").then().statusCode(200)
                .body("items.name", contains("Daniel Weinbaum"))
                .body("items[0].title", nullValue());
        assertEquals(List.of("Arshin Adib-Moghaddam"), names("adib"));
        assertEquals(List.of("Arshin Adib-Moghaddam"), names("moghad"));
        assertEquals(List.of("Arshin Adib-Moghaddam"), names("Adib-Mogh"));
    }

    @Test
    void shouldRankWordPrefixesFirstThenByName() {
        // "dan" starts a word of both; an unpublished Daniel is no one's to find.
        assertEquals(List.of("Daniel Weinbaum", "Danielle Moreau"), names("dan"));
        // A whole-word match is the better one.
        assertEquals("Daniel Weinbaum", names("daniel").get(0));
    }

    /** content.search.name-similarity reaches the query as the threshold its trigram match uses. */
    @Test
    void shouldFindAMoreDistantMisspellingWithALowerNameSimilarity() {
        // "wnbaum" resembles "weinbaum" at 0.57: below the default 0.6, above 0.5.
        assertEquals(List.of(), searchInTransaction("wnbaum", 0.6));
        assertEquals(List.of("Daniel Weinbaum"), searchInTransaction("wnbaum", 0.5));
        assertEquals(1L, QuarkusTransaction.requiringNew()
                .call(() -> people.countPublicMatching("wnbaum", 0.5, Instant.now(), Audience.PUBLIC)));
        // The API asks with the setting, 0.6 by default.
        assertEquals(List.of(), names("wnbaum"));
        assertEquals(List.of("Daniel Weinbaum"), names("weinbam"));
    }

    /** The threshold is set for the query's transaction only; without one it would not reach the query. */
    @Test
    void shouldRefuseToMatchNamesOutsideATransaction() {
        assertThrows(TransactionalException.class, () -> people.searchPublic("wnbaum", 0.5, 20, Instant.now(), Audience.PUBLIC));
    }

    private List<String> searchInTransaction(String query, double similarity) {
        return QuarkusTransaction.requiringNew().call(() -> people.searchPublic(query, similarity, 20, Instant.now(), Audience.PUBLIC)
                .stream().map(person -> person.name).toList());
    }

    @Test
    void shouldIgnoreAccentsAndCaseBothWays() {
        assertEquals(List.of("Zoe Adler", "Zoë Brandt"), names("zoe"));
        assertEquals(List.of("Zoe Adler", "Zoë Brandt"), names("ZOË"));
        assertEquals(List.of("Zoë Brandt"), names("zoe brand"));
    }

    @Test
    void shouldAnswerNoMatchWithAnEmptyPageAndRespectLimitAndTotal() {
        given().queryParam("q", "xylophone").when().get("/api/v1/people").then().statusCode(200)
                .body("items", empty()).body("next", nullValue());
        given().queryParam("q", "dan").queryParam("limit", 1).queryParam("total", true).when().get("/api/v1/people")
                .then().statusCode(200).body("items.name", contains("Daniel Weinbaum")).body("next", nullValue())
                .body("total", equalTo(2));
    }

    @Test
    void shouldShowAPartnerOnlyThePeopleItsRightsAllow() {
        String partner = fixtures.apiKey("partner");
        fixtures.execute("update article set syndication_allowed = false where headline = 'Ports'");
        given().auth().oauth2(partner).queryParam("q", "dan").when().get("/api/v1/people").then().statusCode(200)
                .body("items.name", contains("Daniel Weinbaum"));
        assertEquals(List.of("Daniel Weinbaum", "Danielle Moreau"), names("dan"));
    }

    @Test
    void shouldFindTopicsByName() {
        fixtures.topic("U.S. Foreign Policy");
        fixtures.topic("Économie");
        fixtures.topic("Iran");
        given().queryParam("q", "forein polic").when().get("/api/v1/topics").then().statusCode(200)
                .body("items.name", contains("U.S. Foreign Policy")).body("items[0].articleCount", equalTo(0))
                .body("next", nullValue());
        given().queryParam("q", "econ").when().get("/api/v1/topics").then().statusCode(200)
                .body("items.name", contains("Économie"));
        given().queryParam("q", "nothing like it").when().get("/api/v1/topics").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldRefuseABlankOrOverlongQueryAndACursor() {
        for (String path : List.of("/api/v1/people", "/api/v1/topics")) {
            for (String query : List.of("?q=", "?q", "?q=%20%20%20", "?q=" + "a".repeat(101))) {
                given().urlEncodingEnabled(false).when().get(path + query).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
            }
            given().queryParam("q", "a".repeat(100)).when().get(path).then().statusCode(200).body("items", empty());
            given().queryParam("q", "dan").queryParam("cursor", "WyJwZXJzb24iXQ").when().get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
        }
    }

    @Test
    void shouldAnswerHostileQueriesWithoutAnError() {
        List<String> hostile = List.of("%", "_", "\\", "%_%", "'", "''; drop table person; --", "\" or 1=1 --", "a' or 'a'='a",
                "\\x00", "$$", "$1", "(", ")", "[", "*", "?", "|", "&", "!", "<->", "a & !b | c:*", "foo:* & bar",
                "😀🔥", "Ω≈ç√", "日本語", "\u202Eevil", "ǅ", "-", "--", "   x   ", "x".repeat(99) + "%",
                "word ".repeat(20).strip(), "%".repeat(100));
        for (String path : List.of("/api/v1/people", "/api/v1/topics")) {
            for (String q : hostile) {
                given().queryParam("q", q).when().get(path).then().statusCode(200).body("next", nullValue());
            }
        }
        given().queryParam("q", "%").when().get("/api/v1/people").then().body("items", empty());
        given().queryParam("q", "'").when().get("/api/v1/people").then().body("items", empty());
        given().queryParam("q", "a' or 'a'='a").when().get("/api/v1/people").then().body("items", empty());
    }
}
