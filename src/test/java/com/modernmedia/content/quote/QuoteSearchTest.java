package com.modernmedia.content.quote;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** GET /api/v1/quotes?q=: the quotes that hold the words, with their speakers and articles, as the key may see them. */
@QuarkusTest
class QuoteSearchTest {

    @Inject
    Fixtures fixtures;

    private Ref hydrologist;
    private Ref engineer;
    private Ref floods;

    @BeforeEach
    void content() {
        fixtures.reset();
        hydrologist = fixtures.person("Idris Okafor", "hydrologist", "Delta Institute");
        engineer = fixtures.person("Lena Brückner", "engineer", "Rhine Works");
        floods = fixtures.topic("Floods");
        fixtures.article("Rivers rise").on(floods)
                .quoting(hydrologist, "hydrologist", "Delta Institute", "The embankments were never built for floods like these.")
                .quoting(engineer, "engineer", "Rhine Works", "We rebuilt the Zürich sluice gates in a single summer.")
                .publish();
        fixtures.article("Dry summers").quoting(hydrologist, "The aquifers are falling faster than anyone expected.").publish();
        fixtures.article("A draft").quoting(engineer, "Flooding plans stay secret until they are final.").draft();
    }

    @Test
    void shouldFindTheQuotesThatHoldTheWordsWithTheirSpeakerAndArticle() {
        given().when().get("/api/v1/quotes?q=flooding").then().statusCode(200)
                .body("items.text", equalTo(List.of("The embankments were never built for floods like these.")))
                .body("items[0].person.name", equalTo("Idris Okafor"))
                .body("items[0].article.headline", equalTo("Rivers rise"));
        given().when().get("/api/v1/quotes?q=zurich sluice").then().statusCode(200)
                .body("items.text", equalTo(List.of("We rebuilt the Zürich sluice gates in a single summer.")));
        given().when().get("/api/v1/quotes?q=\"falling faster\"").then().statusCode(200).body("items.size()", is(1));
        given().when().get("/api/v1/quotes?q=\"faster falling\"").then().statusCode(200).body("items.size()", is(0));
        given().when().get("/api/v1/quotes?q=aquifers or embankments -floods").then().statusCode(200)
                .body("items.text", equalTo(List.of("The aquifers are falling faster than anyone expected.")));
    }

    @Test
    void shouldCombineTheWordsWithTheOtherFilters() {
        given().when().get("/api/v1/quotes?q=summer&person=" + hydrologist.slug()).then().statusCode(200).body("items.size()", is(0));
        given().when().get("/api/v1/quotes?q=summer&person=" + engineer.slug()).then().statusCode(200).body("items.size()", is(1));
        given().when().get("/api/v1/quotes?q=built&topic=" + floods.slug() + "&total=true").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].person.name", equalTo("Idris Okafor"));
    }

    @Test
    void shouldRefuseSearchesWithNothingToLookFor() {
        given().when().get("/api/v1/quotes?q=").then().statusCode(400).body("errors[0].field", equalTo("q"));
        for (String q : List.of("  ", "the", "a of", "!!!", "x".repeat(201))) {
            given().queryParam("q", q).when().get("/api/v1/quotes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        }
    }

    /** The battery of SearchHostileInputTest and more; a query that finds quotes is ranked, and its next page followed. */
    @Test
    void shouldAnswerEveryHostileQueryWithoutAServerError() {
        List<String> hostile = List.of("'; drop table quote; --", "floods' or '1'='1", "floods' or 'aquifers", "\" or 1=1 --", "a & b | !c", "(((floods",
                "(((", ")))", "!!!", "floods:*", "a:*", "floods <-> summer", "<2>", "'&|!():*<->", "\\", "\\\\'", "\"", "\"\"",
                "\"unclosed phrase", "- - -", "-", "--", "or", "or or or", "-drop", "floods -", "$$", "%", "_", "*", "?", "{\"a\":1}",
                "../../etc/passwd", "<script>alert(1)</script>", "Zürich", "ﺍﻟﺴﻼﻡ عليكم", "\u202Eevil\u202C", "🌊 flood", "فيضان",
                "洪水", "\u0007\u001b[31m", "\t\r\n", "floods".repeat(30), "x".repeat(200), "9".repeat(200), "1e999999", "null", "NaN",
                String.join(" ", Collections.nCopies(66, "ab")), String.join(" ", Collections.nCopies(100, "a")),
                String.join(" ", Collections.nCopies(66, "\"x")), String.join(" ", Collections.nCopies(100, "-x")).substring(0, 200),
                String.join(" ", Collections.nCopies(50, "floods or")).substring(0, 200),
                IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")).substring(0, 199));
        for (String q : hostile) {
            String next = given().queryParams(Map.of("q", q, "limit", "1")).when().get("/api/v1/quotes").then()
                    .statusCode(anyOf(is(200), is(400))).extract().path("next");
            if (next != null) {
                given().queryParams(Map.of("q", q, "limit", "1", "cursor", next)).when().get("/api/v1/quotes").then().statusCode(200);
            }
        }
        // 1,000 one-letter terms fit in no 200 characters: the limit refuses them before PostgreSQL parses them.
        given().queryParam("q", "a ".repeat(1000)).when().get("/api/v1/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }
}
