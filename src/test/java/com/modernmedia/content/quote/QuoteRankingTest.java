package com.modernmedia.content.quote;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.TestClock;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** GET /api/v1/quotes?q=: the quotes that hold the words best first, in pages that continue the first page's ranking. */
@QuarkusTest
class QuoteRankingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    private Ref speaker;

    @BeforeEach
    void content() {
        fixtures.reset();
        speaker = fixtures.person("Mara Tidewell", "oceanographer", "Coast Lab");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<String> texts(Map<String, ?> query) {
        return given().queryParams(query).when().get("/api/v1/quotes").then().statusCode(200)
                .extract().jsonPath().getList("items.text");
    }

    @Test
    void shouldRankAQuoteThatRepeatsTheWordsAboveANewerOneThatHoldsThemOnce() {
        fixtures.article("High water").quoting(speaker, "The tide came in, the tide went out, and the tide came back.").publish();
        fixtures.article("Low water").quoting(speaker, "The tide turned.").publish();

        given().queryParam("q", "tide").when().get("/api/v1/quotes").then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", startsWith("public"))
                .header("ETag", startsWith("\""))
                .body("items.text", equalTo(List.of("The tide came in, the tide went out, and the tide came back.", "The tide turned.")))
                .body("items[0].person.name", equalTo("Mara Tidewell"))
                .body("items[0].article.headline", equalTo("High water"))
                .body("next", nullValue());
        // Without q, the list keeps its order: newest article first.
        assertEquals(List.of("The tide turned.", "The tide came in, the tide went out, and the tide came back."), texts(Map.of()));
    }

    @Test
    void shouldRankTheWordsAsAPhraseAboveTheSameWordsFarApart() {
        fixtures.article("Thaw").quoting(speaker, "The glacier lake is deeper every year.").publish();
        fixtures.article("Melt").quoting(speaker, "The glacier melted, and far down the valley a lake formed.").publish();

        assertEquals(List.of("The glacier lake is deeper every year.", "The glacier melted, and far down the valley a lake formed."),
                texts(Map.of("q", "glacier lake")));
    }

    /** The defaults weigh relevance 0.8 and recency 0.2, halving every 30 days, as article search does. */
    @Test
    void shouldBlendRelevanceWithTheRecencyOfTheArticle() {
        Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
        fixtures.article("Old and apt").quoting(speaker, "Tide after tide after tide.").publishAt(yearAgo);
        fixtures.article("Old and brief").quoting(speaker, "A tide.").publishAt(yearAgo.minusSeconds(60));
        fixtures.article("Fresh and brief").quoting(speaker, "The tide is high.").publishAt(clock.instant().minus(Duration.ofHours(1)));
        // Over a thousand half-lives old: its recency is as small as it gets, not an error.
        fixtures.article("Archive").quoting(speaker, "An old tide.").publishAt(Instant.parse("1920-01-01T00:00:00Z"));

        // 0.8 · 0.23 + 0.2 · 0.5^12 ≈ 0.18 ranks below 0.8 · 0.09 + 0.2 · 1 ≈ 0.27, and above 0.8 · 0.09 ≈ 0.07.
        assertEquals(List.of("The tide is high.", "Tide after tide after tide.", "A tide.", "An old tide."),
                texts(Map.of("q", "tide")));
    }

    @Test
    void shouldPageThroughTheRankingOneByOneVisitingEveryMatchOnceInScoreOrder() {
        for (int times = 1; times <= 5; times++) {
            fixtures.article("Tide table " + times).quoting(speaker, ("tide ".repeat(times) + "again").strip()).publish();
        }
        // Two quotes of equal score: the id decides between them, on every page alike.
        fixtures.article("Twice").quoting(speaker, "Spring tide.").quoting(speaker, "Spring tide.").publish();
        fixtures.article("Unrelated").quoting(speaker, "Calm seas.").publish();
        List<String> ranked = given().queryParams(Map.of("q", "tide", "limit", "100")).when().get("/api/v1/quotes")
                .then().statusCode(200).extract().jsonPath().getList("items.id");

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParams(Map.of("q", "tide", "limit", "1", "total", "true"));
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/v1/quotes").then().statusCode(200)
                    .body("total", equalTo(7)).body("items.size()", is(1)).extract().response();
            paged.addAll(page.jsonPath().getList("items.id"));
            cursor = page.jsonPath().getString("next");
            if (cursor != null) {
                page.then().header("Link", allOf(containsString("q=tide"), containsString("cursor=" + cursor),
                        containsString("rel=\"next\"")));
            } else {
                assertNull(page.header("Link"));
            }
            // Later pages rank as the first did, however much time passes between them.
            clock.advance(Duration.ofDays(20));
        } while (cursor != null);

        assertEquals(7, ranked.size());
        assertEquals(7, new HashSet<>(paged).size());
        assertEquals(ranked, paged);
        List<String> texts = texts(Map.of("q", "tide", "limit", "100"));
        assertEquals(List.of("tide tide tide tide tide again", "tide tide tide tide again", "tide tide tide again",
                "tide tide again"), texts.subList(0, 4));
        // As relevant as "tide again", the two in the newer article rank above it.
        assertEquals(List.of("Spring tide.", "Spring tide.", "tide again"), texts.subList(4, 7));
    }

    @Test
    void shouldCombineTheWordsWithTheOtherFiltersAndCountTheMatches() {
        Ref other = fixtures.person("Ole Harbour");
        Ref coasts = fixtures.topic("Coasts");
        Ref onCoasts = fixtures.article("Shore lines").on(coasts)
                .quoting(speaker, "A tide, a tide, a tide.")
                .quoting(other, "The tide took the pier.")
                .publish();
        fixtures.article("Inland").quoting(speaker, "No tide reaches here, only the tide of news.").publish();

        given().queryParams(Map.of("q", "tide", "person", speaker.slug(), "total", "true")).when().get("/api/v1/quotes")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.text", equalTo(List.of("A tide, a tide, a tide.", "No tide reaches here, only the tide of news.")));
        given().queryParams(Map.of("q", "tide", "topic", coasts.slug(), "total", "true")).when().get("/api/v1/quotes")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.text", equalTo(List.of("A tide, a tide, a tide.", "The tide took the pier.")));
        given().queryParams(Map.of("q", "pier", "article", onCoasts.slug(), "total", "true")).when().get("/api/v1/quotes")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].person.name", equalTo("Ole Harbour"));
        given().queryParams(Map.of("q", "pier", "person", speaker.slug(), "total", "true")).when().get("/api/v1/quotes")
                .then().statusCode(200).body("total", equalTo(0)).body("items.size()", is(0));
    }

    @Test
    void shouldFindOnlyTheQuotesTheCallerMaySee() {
        fixtures.article("Open").quoting(speaker, "The tide is open to all.").publish();
        Ref kept = fixtures.article("Kept").quoting(speaker, "The tide is ours alone, tide and all.").publish();
        fixtures.execute("update article set syndication_allowed = false where id = ?", kept.id());
        fixtures.article("Draft").quoting(speaker, "The tide tide tide of drafts.").draft();
        fixtures.article("Later").quoting(speaker, "The tide of tomorrow.").scheduleAt(clock.instant().plus(Duration.ofHours(1)));
        String partner = fixtures.apiKey("partner");

        assertEquals(List.of("The tide is ours alone, tide and all.", "The tide is open to all."), texts(Map.of("q", "tide")));
        given().auth().oauth2(partner).queryParam("q", "tide").when().get("/api/v1/quotes").then().statusCode(200)
                .header("Cache-Control", containsString("private"))
                .body("items.text", equalTo(List.of("The tide is open to all.")));
    }

    @Test
    void shouldRefuseACursorOfTheUnrankedListOrOfAnotherSearch() {
        for (int i = 0; i < 3; i++) {
            fixtures.article("Tides " + i).quoting(speaker, "The tide " + "tide ".repeat(i) + "rose.").publish();
        }
        String unranked = given().queryParam("limit", 1).when().get("/api/v1/quotes").then().statusCode(200)
                .extract().path("next");
        String ranked = given().queryParams(Map.of("q", "tide", "limit", "1")).when().get("/api/v1/quotes").then().statusCode(200)
                .extract().path("next");

        assertCursorRefused(Map.of("q", "tide", "cursor", unranked));
        assertCursorRefused(Map.of("cursor", ranked));
        assertCursorRefused(Map.of("q", "rose", "cursor", ranked));
        given().queryParam("cursor", ranked).when().get("/api/v1/people/" + speaker.slug() + "/quotes").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().queryParams(Map.of("q", "tide", "limit", "1", "cursor", ranked)).when().get("/api/v1/quotes").then()
                .statusCode(200).body("items.size()", is(1));
    }

    @Test
    void shouldRefuseForgedCursorsAndRankFromAnyTimeACursorHolds() {
        fixtures.article("Tides").quoting(speaker, "The tide rose.").quoting(speaker, "The tide fell.").publish();
        String ranked = given().queryParams(Map.of("q", "tide", "limit", "1")).when().get("/api/v1/quotes").then()
                .statusCode(200).extract().path("next");
        List<String> values = decode(ranked);

        for (String cursor : List.of("garbage", "WyJxdW90ZS1zZWFyY2giXQ", with(values, 1, "NaN"), with(values, 1, "1e400"),
                with(values, 1, "high"), with(values, 2, "not-a-uuid"), with(values, 0, "yesterday"),
                with(values, 0, "+999999999-12-31T23:59:59Z"), with(values, 3, "0"), encode(values.subList(0, 4)))) {
            assertCursorRefused(Map.of("q", "tide", "cursor", cursor));
        }
        // Scores from the edges of the times the service takes still rank (recency stops halving, it never fails).
        for (String scoredAt : List.of("1900-01-01T00:00:00Z", "9999-12-31T23:59:59Z")) {
            given().queryParams(Map.of("q", "tide", "limit", "1", "cursor", with(values, 0, scoredAt))).when().get("/api/v1/quotes")
                    .then().statusCode(200).contentType("application/json");
        }
    }

    private static void assertCursorRefused(Map<String, String> query) {
        given().queryParams(query).when().get("/api/v1/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("errors[0].field", equalTo("cursor"));
    }

    /** The cursor's values, its kind first. */
    private static List<String> decode(String cursor) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)).getList("$");
    }

    /** The cursor with one value after its kind replaced. */
    private static String with(List<String> values, int index, String value) {
        List<String> changed = new ArrayList<>(values);
        changed.set(index + 1, value);
        return encode(changed);
    }

    private static String encode(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            json.append(json.length() > 1 ? "," : "").append('"').append(value).append('"');
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }
}
