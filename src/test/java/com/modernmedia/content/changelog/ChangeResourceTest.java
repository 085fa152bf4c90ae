package com.modernmedia.content.changelog;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Admins read the change log oldest first, paged like every list, from any position. */
@QuarkusTest
class ChangeResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ChangeLog changes;

    @Inject
    TestClock clock;

    private String editor;
    private long start;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        start = Long.parseLong(fixtures.query("select position from change_log_head"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldListEveryWriteOldestFirstWithWhoWroteIt() {
        createTopic("Harbours");
        createTopic("Canals");
        String url = createTopic("Rivers");
        given().auth().oauth2(editor).header("If-Match", "*").when().delete(url).then().statusCode(204);

        asAdmin().when().get("/api/v1/admin/changes")
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.action", contains("created", "created", "created", "deleted"))
                .body("items.kind", contains("topic", "topic", "topic", "topic"))
                .body("items.position", contains((int) start + 1, (int) start + 2, (int) start + 3, (int) start + 4))
                .body("items[3].revision", equalTo(2))
                .body("items[0].keyName", equalTo(fixtures.query("select name from api_key where role = 'editor'")))
                .body("next", nullValue());
    }

    @Test
    void shouldPageThroughTheLogAndStartAfterAPosition() {
        for (String name : List.of("One", "Two", "Three", "Four", "Five")) {
            createTopic(name);
        }

        String next = asAdmin().when().get("/api/v1/admin/changes?limit=2&total=true")
                .then().statusCode(200).body("items", hasSize(2)).body("total", equalTo(5))
                .header("Link", containsString("rel=\"next\""))
                .extract().path("next");
        asAdmin().queryParam("cursor", next).queryParam("limit", 2).when().get("/api/v1/admin/changes")
                .then().statusCode(200).body("items.position", contains((int) start + 3, (int) start + 4));
        asAdmin().when().get("/api/v1/admin/changes?after=" + (start + 4))
                .then().statusCode(200).body("items.position", contains((int) start + 5)).body("next", nullValue());
        // A page asked for with after= links to the next one with after= and the cursor: the cursor goes on.
        String link = asAdmin().when().get("/api/v1/admin/changes?limit=2&total=true&after=" + (start + 1))
                .then().statusCode(200).body("items.position", contains((int) start + 2, (int) start + 3))
                .body("total", equalTo(4)).extract().header("Link");
        String nextPage = link.substring(link.indexOf('<') + 1, link.indexOf('>')).replaceFirst("^https?://[^/]+", "");
        asAdmin().when().get(nextPage).then().statusCode(200)
                .body("items.position", contains((int) start + 4, (int) start + 5)).body("total", equalTo(4));
        asAdmin().when().get("/api/v1/admin/changes?after=" + (start + 5)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseWhatIsNotAPositionOrAnAdmin() {
        asAdmin().when().get("/api/v1/admin/changes?after=-1").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        asAdmin().when().get("/api/v1/admin/changes?after=first").then().statusCode(400);
        asAdmin().when().get("/api/v1/admin/changes?cursor=WyJhcnRpY2xlIiwiMSJd").then().statusCode(400);
        given().when().get("/api/v1/admin/changes").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(editor).when().get("/api/v1/admin/changes").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldKeepEntriesUntilTheyAreOlderThanTheRetention() {
        createTopic("Kept");
        changes.prune(); // the test profile keeps entries for 30 days
        clock.advance(Duration.ofDays(29));
        changes.prune();
        assertEquals("1", fixtures.query("select count(*) from change_log"));

        clock.advance(Duration.ofDays(2));
        changes.prune();

        assertEquals("0", fixtures.query("select count(*) from change_log"));
        createTopic("Later");
        asAdmin().when().get("/api/v1/admin/changes")
                .then().body("items.position", contains((int) start + 2)); // positions go on; none is reused
    }

    private String createTopic(String name) {
        return given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/v1/topics").then().statusCode(201).extract().header("Location")
                .replaceFirst("^https?://[^/]+", "");
    }

    private RequestSpecification asAdmin() {
        return given().auth().oauth2(Fixtures.ADMIN_KEY);
    }
}
