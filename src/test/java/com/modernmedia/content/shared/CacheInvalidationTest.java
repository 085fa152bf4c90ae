package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A committed write publishes the cache tags it made stale, and names them in its answer. */
@QuarkusTest
class CacheInvalidationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ContentChangeRecorder recorder;

    private String editor;

    @BeforeEach
    void reset() {
        fixtures.reset();
        recorder.changes().clear();
        editor = fixtures.apiKey("editor");
    }

    @Test
    void shouldNameWhatAnArticleEditMadeStaleBeforeAndAfter() {
        Ref oldTopic = fixtures.topic("Old topic");
        Ref newTopic = fixtures.topic("New topic");
        Ref author = fixtures.person("Author");
        Ref article = fixtures.article("Moving").by(author).on(oldTopic).publish();
        String etag = given().when().get("/api/v1/articles/" + article.slug()).then().extract().header("ETag");

        String header = given().auth().oauth2(editor).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"topicIds\": [\"" + newTopic.id() + "\"]}")
                .when().patch("/api/v1/articles/" + article.slug()).then().statusCode(200).extract().header("Surrogate-Key");

        Set<String> expected = Set.of("article-" + article.id(), "list-articles", "list-topics", "list-people", "list-quotes",
                "topic-" + oldTopic.id(), "topic-" + newTopic.id(), "person-" + author.id());
        assertEquals(expected, Set.of(header.split(" ")));
        assertEquals(1, recorder.changes().size());
        assertEquals(expected, recorder.changes().get(0).tags());
    }

    @Test
    void shouldPublishNothingForARefusedWrite() {
        Ref topic = fixtures.topic("Steady");

        given().auth().oauth2(editor).header("If-Match", "\"r9-stale\"").contentType("application/merge-patch+json")
                .body("{\"name\": \"Changed\"}")
                .when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(412).header("Surrogate-Key", nullValue());

        assertTrue(recorder.changes().isEmpty(), recorder.changes().toString());
    }

    @Test
    void shouldNameTheListsAndPagesATopicShowsIn() {
        Ref parent = fixtures.topic("Parent");
        Ref topic = fixtures.topic("Child", parent);

        given().auth().oauth2(editor).header("If-Match", "*").when().delete("/api/v1/topics/" + topic.slug())
                .then().statusCode(204);

        // Articles show the topic by name: their representations carry its own tag, no list of articles is dropped.
        assertEquals(Set.of("topic-" + topic.id(), "list-topics", "topic-" + parent.id()), recorder.changes().get(0).tags());
    }

    @Test
    void shouldNameTheArticleAndPersonAMovedQuoteLeaves() {
        Ref first = fixtures.person("First speaker");
        Ref second = fixtures.person("Second speaker");
        Ref from = fixtures.article("From here").quoting(first, "words of one").publish();
        Ref to = fixtures.article("To there").quoting(second, "words of two").publish();
        String quote = fixtures.query("select id from quote where article_id = ?", from.id());

        String header = given().auth().oauth2(editor).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"articleId\": \"" + to.id() + "\", \"personId\": \"" + second.id() + "\", \"text\": \"words of two\"}")
                .when().patch("/api/v1/quotes/" + quote).then().statusCode(200).extract().header("Surrogate-Key");

        assertTrue(Set.of(header.split(" ")).containsAll(Set.of("quote-" + quote, "list-quotes",
                "article-" + from.id(), "person-" + first.id(), "article-" + to.id(), "person-" + second.id())), header);
    }

    @Test
    void shouldNameTheParentATopicLeaves() {
        Ref oldParent = fixtures.topic("Old parent");
        Ref newParent = fixtures.topic("New parent");
        Ref topic = fixtures.topic("Moving child", oldParent);

        given().auth().oauth2(editor).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + newParent.id() + "\"}")
                .when().patch("/api/v1/topics/" + topic.slug()).then().statusCode(200);

        assertEquals(Set.of("topic-" + topic.id(), "list-topics", "topic-" + oldParent.id(), "topic-" + newParent.id()),
                recorder.changes().get(0).tags());
    }
}
