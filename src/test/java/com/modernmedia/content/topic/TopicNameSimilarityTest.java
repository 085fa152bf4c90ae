package com.modernmedia.content.topic;

import com.modernmedia.content.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** content.search.name-similarity reaches the topics' name query as the threshold its trigram match uses. */
@QuarkusTest
class TopicNameSimilarityTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TopicRepository topics;

    @BeforeEach
    void content() {
        fixtures.reset();
        fixtures.topic("Foreign Policy");
        fixtures.topic("Climate");
    }

    @Test
    void shouldFindAMoreDistantMisspellingWithALowerNameSimilarity() {
        // "fxreign" resembles "foreign" at 0.5: below the default 0.6, above 0.45.
        assertEquals(List.of(), searchInTransaction("fxreign", 0.6));
        assertEquals(List.of("Foreign Policy"), searchInTransaction("fxreign", 0.45));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> topics.countMatching("fxreign", 0.45)));
        // The API asks with the setting, 0.6 by default.
        given().queryParam("q", "fxreign").when().get("/api/v1/topics").then().statusCode(200).body("items", empty());
        given().queryParam("q", "forein").when().get("/api/v1/topics").then().statusCode(200)
                .body("items.name", contains("Foreign Policy"));
    }

    /** The threshold is set for the query's transaction only; without one it would not reach the query. */
    @Test
    void shouldRefuseToMatchNamesOutsideATransaction() {
        assertThrows(TransactionalException.class, () -> topics.search("fxreign", 0.45, 20));
    }

    private List<String> searchInTransaction(String query, double similarity) {
        return QuarkusTransaction.requiringNew().call(() -> topics.search(query, similarity, 20).stream().map(topic -> topic.name).toList());
    }
}
