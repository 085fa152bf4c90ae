package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import com.modernmedia.content.shared.ContentChangeRecorder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scheduled article goes public at its time. The job (every second in production, run by hand here, with the
 * clock moved past the article's time) publishes it through the write pipeline: it is logged as published and
 * what it now shows in is invalidated, so kept pages show it.
 */
@QuarkusTest
class ScheduledPublicationTest {

    private static final String ADMIN = "Bearer " + Fixtures.ADMIN_KEY;

    @Inject
    Fixtures fixtures;

    @Inject
    ScheduledPublication scheduledPublication;

    @Inject
    ContentChangeRecorder recorder;

    @Inject
    TestClock clock;

    @BeforeEach
    void reset() {
        fixtures.reset();
        recorder.changes().clear();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldShowAScheduledArticleInKeptPagesOnceItsTimeHasCome() {
        Ref topic = fixtures.topic("Elections");
        Ref analyst = fixtures.person("Ines Duarte");
        Ref earlier = fixtures.article("Polls open").on(topic).publish();
        Instant due = clock.instant().plus(Duration.ofHours(1));
        Ref embargoed = fixtures.article("Results are in").on(topic).quoting(analyst, "a narrow margin").scheduleAt(due);
        given().when().get("/api/v1/articles").then().body("items.slug", contains(earlier.slug()));
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(1));

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        scheduledPublication.publishDueArticles();

        given().when().get("/api/v1/articles").then().body("items.slug", contains(embargoed.slug(), earlier.slug()));
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(2));
        given().when().get("/api/v1/people/" + analyst.slug() + "/quotes").then().body("items.text", contains("a narrow margin"));
        assertEquals(1, recorder.changes().size());
        Set<String> tags = recorder.changes().get(0).tags();
        assertTrue(tags.containsAll(Set.of("article-" + embargoed.id(), "list-articles", "topic-" + topic.id(),
                "person-" + analyst.id())), tags.toString());
    }

    @Test
    void shouldPublishEachDueArticleOnceAsAChangeByTheService() {
        Ref due = fixtures.article("Due shortly").scheduleAt(clock.instant().plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(6));

        scheduledPublication.publishDueArticles();
        scheduledPublication.publishDueArticles();

        assertEquals(1, recorder.changes().size());
        given().header("Authorization", ADMIN).when().get("/api/v1/admin/changes")
                .then().statusCode(200)
                .body("items.id", contains(due.id().toString()))
                .body("items[0].kind", equalTo("article"))
                .body("items[0].action", equalTo("published"))
                .body("items[0].revision", equalTo(2))
                .body("items[0].keyId", equalTo(null))
                .body("items[0].keyName", equalTo("system:scheduled-publication"));
        given().header("Authorization", ADMIN).when().get("/api/v1/articles/" + due.slug())
                .then().body("status", equalTo("published")).body("revision", equalTo(2));
    }

    @Test
    void shouldLeaveAScheduledArticleAloneBeforeItsTime() {
        Ref later = fixtures.article("Not yet").scheduleAt(clock.instant().plus(Duration.ofMinutes(5)));

        scheduledPublication.publishDueArticles();

        assertEquals(0, recorder.changes().size());
        given().when().get("/api/v1/articles/" + later.slug()).then().statusCode(404);
    }
}
