package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ArticlePagingTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldWalkEveryPageSeeingEachArticleExactlyOnce() {
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            published.add(0, fixtures.article("Story " + i).publish().slug());
        }
        // Two articles at the same instant: the id breaks the tie, and neither is lost or repeated.
        Instant sameTime = Instant.parse("2020-01-07T10:00:00Z");
        Set<String> tied = Set.of(fixtures.article("Tied A").publishAt(sameTime).slug(),
                fixtures.article("Tied B").publishAt(sameTime).slug());

        List<String> seen = walk("/api/v1/articles?limit=5", null);

        assertEquals(25, seen.size());
        assertEquals(published, seen.subList(0, 23));
        assertEquals(tied, Set.copyOf(seen.subList(23, 25)));
    }

    @Test
    void shouldWalkEveryPageOnceWhileNewArticlesArePublished() {
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            before.add(fixtures.article("Before " + i).publish().slug());
        }

        List<String> seen = walk("/api/v1/articles?limit=4", () -> fixtures.article("Breaking news").publishAt(Instant.now()));

        assertEquals(12, seen.size(), "new articles appear at the head of the list, not in later pages");
        assertEquals(before, Set.copyOf(seen));
    }

    @Test
    void shouldLinkToTheNextPageAndCountOnlyWhenAsked() {
        for (int i = 0; i < 3; i++) {
            fixtures.article("Linked " + i).publish();
        }

        Response first = given().when().get("/api/v1/articles?limit=2&topic=&total=true");
        first.then().statusCode(200).body("items", hasSize(2)).body("total", equalTo(3));
        String next = first.jsonPath().getString("next");
        // A path (no public URL is configured in tests), with the list's own parameters in a fixed order.
        assertTrue(first.headers().getValues("Link").contains("</api/v1/articles?limit=2&topic=&total=true&cursor=" + next
                + ">; rel=\"next\""), first.headers().getValues("Link").toString());

        Response last = given().when().get("/api/v1/articles?limit=2&cursor=" + next);
        last.then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());
        assertTrue(last.headers().getValues("Link").stream().noneMatch(link -> link.contains("rel=\"next\"")),
                "the last page links to no next page (only to the feeds)");
    }

    @Test
    void shouldRejectLimitsOutsideOneToAHundred() {
        for (String limit : new String[]{"0", "101", "-1", "ten", "1.5", "99999999999"}) {
            given().when().get("/api/v1/articles?limit=" + limit)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://content-api.modernmedia.example/problems/invalid-parameter"))
                    .body("title", equalTo("Invalid parameter"))
                    .body("errors[0].field", equalTo("limit"))
                    .body("errors[0].message", containsString("1 to 100"));
        }
        given().when().get("/api/v1/articles?limit=100").then().statusCode(200);
        given().when().get("/api/v1/articles?limit=").then().statusCode(200); // empty means absent, as for every parameter
        given().when().get("/api/v1/articles?total=maybe").then().statusCode(400).body("errors[0].field", equalTo("total"));
    }

    @Test
    void shouldRejectTamperedCursorsAndCursorsOfAnotherList() {
        fixtures.article("One").by(fixtures.person("Writer One")).publish();
        fixtures.article("Two").by(fixtures.person("Writer Two")).publish();
        String peopleCursor = given().when().get("/api/v1/people?limit=1").then().statusCode(200).extract().path("next");

        String tooShort = java.util.Base64.getUrlEncoder().encodeToString("[\"article\",\"2020-01-01T00:00:00Z\"]".getBytes());
        for (String cursor : new String[]{"not-a-cursor", "WyJhcnRpY2xlIl0", "eyJ4IjoxfQ", peopleCursor, tooShort}) {
            given().queryParam("cursor", cursor).when().get("/api/v1/articles")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"))
                    .body("detail", containsString("cursor"));
        }
    }

    /** Follows 'next' to the end, running the action between pages, and returns the slugs in order. */
    private static List<String> walk(String firstPage, Runnable betweenPages) {
        List<String> seen = new ArrayList<>();
        String url = firstPage;
        int pages = 0;
        while (url != null) {
            JsonPath page = given().when().get(url).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.slug"));
            String next = page.getString("next");
            url = next == null ? null : firstPage + "&cursor=" + next;
            if (betweenPages != null) {
                betweenPages.run();
            }
            assertTrue(++pages < 50, "paging must end");
        }
        return seen;
    }
}
