package com.modernmedia.content.search;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** Bad and hostile q= values: a 400 problem or a result, never a 500 or a SQL error. */
@QuarkusTest
class SearchHostileInputTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void content() {
        fixtures.reset();
        fixtures.article("Drop table talks").paragraph("A union of tables; select the best.").publish();
    }

    @Test
    void shouldAnswerEveryHostileQueryWithAResultOrA400() {
        List<String> hostile = List.of("'; drop table article; --", "\" or 1=1 --", "a & b | !c", "(((", ")))", "!!!", "a:*",
                "a <-> b", "<2>", "'&|!():*<->", "\\", "\\\\'", "\"", "\"\"", "\"unclosed phrase", "- - -", "-", "or", "or or",
                "-drop", "table -", "$$", "%", "_", "*", "?", "{\"a\":1}", "../../etc/passwd", "<script>alert(1)</script>",
                "Zürich", "ﺍﻟﺴﻼﻡ عليكم", "\u202Eevil\u202C", "😀 🚀", "日本語の検索", "\u0007\u001b[31m", "\t\r\n",
                "x".repeat(200), "9".repeat(200), "1e999999", "NaN",
                IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")).substring(0, 199),
                IntStream.range(0, 100).mapToObj(i -> "a").collect(Collectors.joining(" ")),
                IntStream.range(0, 66).mapToObj(i -> "\"x").collect(Collectors.joining(" ")),
                IntStream.range(0, 100).mapToObj(i -> "-x").collect(Collectors.joining(" ")).substring(0, 200),
                IntStream.range(0, 100).mapToObj(i -> "x or").collect(Collectors.joining(" ")).substring(0, 200));
        for (String q : hostile) {
            given().queryParam("q", q).when().get("/api/v1/search").then()
                    .statusCode(anyOf(is(200), is(400)));
        }
        // 1,000 one-letter terms fit in no 200 characters: the limit refuses them before PostgreSQL parses them.
        given().queryParam("q", "a ".repeat(1000)).when().get("/api/v1/search").then().statusCode(400);
    }

    @Test
    void shouldRefuseMissingBlankOverlongAndWordlessQueries() {
        given().when().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "   ").when().get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "x".repeat(201)).when().get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "the and of").when().get("/api/v1/search").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "!!! ???").when().get("/api/v1/search").then().statusCode(400);
    }

    @Test
    void shouldRefuseBadCursorsAndFilters() {
        for (String cursor : List.of("garbage", "WyJzZWFyY2giXQ", "WyJhcnRpY2xlIiwiMjAyNS0wMS0wM1QwODozMDowMFoiLCJjYWE0NmNjOC1mNzk1LTQ3MzItYjVjNS02ZjEzZTJlM2UzZTQiXQ",
                java.util.Base64.getUrlEncoder().encodeToString("[\"search\",\"2025-01-01T00:00:00Z\",\"NaN\",\"x\"]".getBytes()),
                java.util.Base64.getUrlEncoder().encodeToString("[\"search\",\"2025-01-01T00:00:00Z\",\"1e400\",\"caa46cc8-f795-4732-b5c5-6f13e2e3e3e4\"]".getBytes()))) {
            given().queryParam("q", "table").queryParam("cursor", cursor).when().get("/api/v1/search").then()
                    .statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
        given().queryParam("q", "table").queryParam("topic", "Not A Slug").when().get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "table").queryParam("publishedAfter", "yesterday").when().get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "table").queryParam("limit", "0").when().get("/api/v1/search").then().statusCode(400);
    }
}
