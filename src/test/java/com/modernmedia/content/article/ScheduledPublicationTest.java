package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.shared.ContentChangeRecorder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
 * A scheduled article goes public at its time with no write; the check (every second in production, run by hand
 * here) invalidates what it now shows in, so kept pages show it.
 */
@QuarkusTest
class ScheduledPublicationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ScheduledPublication scheduledPublication;

    @Inject
    ContentChangeRecorder recorder;

    @BeforeEach
    void reset() {
        fixtures.reset();
        scheduledPublication.announceDueArticles(); // whatever earlier tests left due is announced now
        recorder.changes().clear();
    }

    @Test
    void shouldShowAScheduledArticleInKeptPagesOnceItsTimeHasCome() throws InterruptedException {
        Ref topic = fixtures.topic("Elections");
        Ref analyst = fixtures.person("Ines Duarte");
        Ref earlier = fixtures.article("Polls open").on(topic).publish();
        Instant due = Instant.now().plusMillis(800);
        Ref embargoed = fixtures.article("Results are in").on(topic).quoting(analyst, "a narrow margin").scheduleAt(due);
        given().when().get("/api/v1/articles").then().body("items.slug", contains(earlier.slug()));
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(1));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis() + 50));
        scheduledPublication.announceDueArticles();

        given().when().get("/api/v1/articles").then().body("items.slug", contains(embargoed.slug(), earlier.slug()));
        given().when().get("/api/v1/topics/" + topic.slug()).then().body("articleCount", equalTo(2));
        given().when().get("/api/v1/people/" + analyst.slug() + "/quotes").then().body("items.text", contains("a narrow margin"));
        assertEquals(1, recorder.changes().size());
        Set<String> tags = recorder.changes().get(0).tags();
        assertTrue(tags.containsAll(Set.of("article-" + embargoed.id(), "list-articles", "topic-" + topic.id(),
                "person-" + analyst.id())), tags.toString());
    }

    @Test
    void shouldAnnounceEachArticleOnce() throws InterruptedException {
        fixtures.article("Due shortly").scheduleAt(Instant.now().plusMillis(200));
        Thread.sleep(300);

        scheduledPublication.announceDueArticles();
        scheduledPublication.announceDueArticles();

        assertEquals(1, recorder.changes().size());
    }
}
