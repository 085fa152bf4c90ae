package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No N+1: the SQL statements a read costs do not grow with what it returns.
 * Counted with Hibernate statistics (on in the test profile).
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldServeAPageOfAHundredSummariesInAConstantNumberOfStatements() {
        List<Ref> topics = List.of(fixtures.topic("T1"), fixtures.topic("T2"), fixtures.topic("T3"));
        for (int i = 0; i < 100; i++) {
            fixtures.article("Story " + i).by(fixtures.person("Author " + i), fixtures.person("Co-author " + i))
                    .on(topics.get(i % 3), topics.get((i + 1) % 3))
                    .hero(fixtures.image("Hero " + i, "Credit"))
                    .quoting(fixtures.person("Expert " + i), "said " + i)
                    .publish();
        }

        long statements = countStatements(() -> given().when().get("/api/v1/articles?limit=100&include=people&total=true")
                .then().statusCode(200).body("items", hasSize(100)));

        // page, count, hero images, authors, topics, people with their persons
        assertTrue(statements <= 6, "a page of 100 summaries took " + statements + " statements");
    }

    @Test
    void shouldServeAFullArticleWithTwentyPeopleInAConstantNumberOfStatements() {
        List<Ref> related = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            related.add(fixtures.article("Related " + i).by(fixtures.person("Related author " + i))
                    .on(fixtures.topic("Related topic " + i)).hero(fixtures.image("Related hero " + i, "Credit")).publish());
        }
        var builder = fixtures.article("Crowded").by(fixtures.person("Writer"), fixtures.person("Second writer"))
                .on(fixtures.topic("Main"), fixtures.topic("Second")).hero(fixtures.image("Hero", "Credit"))
                .inlineImage(fixtures.image("Inline one", "Credit")).inlineImage(fixtures.image("Inline two", "Credit"))
                .related(related.toArray(Ref[]::new));
        for (int i = 0; i < 14; i++) {
            builder.quoting(fixtures.person("Quoted " + i), "words " + i);
        }
        for (int i = 0; i < 6; i++) {
            builder.mentioning(fixtures.person("Mentioned " + i));
        }
        Ref article = builder.publish();

        long statements = countStatements(() -> given().when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).body("people", hasSize(20)).body("quotes", hasSize(14)).body("related", hasSize(5)));

        // its stored document (none: fixtures ask for none), the article with its body and hero image, body images,
        // related with their hero images, authors, topics, people with their persons, quotes
        assertTrue(statements <= 8, "a full article with 20 people took " + statements + " statements");
    }

    @Test
    void shouldNotReadBodyImagesOfAnArticleWhoseBodyHasNone() {
        Ref article = fixtures.article("Plain").by(fixtures.person("Writer")).on(fixtures.topic("Main"))
                .hero(fixtures.image("Hero", "Credit")).quoting(fixtures.person("Quoted"), "words").publish();

        long statements = countStatements(() -> given().when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).body("quotes", hasSize(1)));

        // its stored document (none), the article with its body and hero image, related, authors, topics, people
        // with their persons, quotes
        assertTrue(statements <= 7, "a full article without body images took " + statements + " statements");
    }

    @Test
    void shouldServeATopicPageAndAPersonsQuotesInAConstantNumberOfStatements() {
        Ref topic = fixtures.topic("Busy");
        Ref expert = fixtures.person("Expert");
        for (int i = 0; i < 30; i++) {
            fixtures.article("Story " + i).by(fixtures.person("Author " + i)).on(topic, fixtures.topic("Other " + i))
                    .hero(fixtures.image("Hero " + i, "Credit")).quoting(expert, "said " + i).publish();
        }

        long topicPage = countStatements(() -> given().when().get("/api/v1/topics/" + topic.slug() + "/articles?limit=25")
                .then().statusCode(200).body("items", hasSize(25)));
        // the topic, the page, hero images, authors, topics
        assertTrue(topicPage <= 5, "a topic page took " + topicPage + " statements");

        long quotes = countStatements(() -> given().when().get("/api/v1/people/" + expert.slug() + "/quotes?limit=25")
                .then().statusCode(200).body("items", hasSize(25)));
        // the person (with its "is public" check), the quotes with their persons and articles
        assertTrue(quotes <= 2, "a person's quotes took " + quotes + " statements");
    }

    private long countStatements(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics must be on in tests");
        statistics.clear();
        request.run();
        long statements = statistics.getPrepareStatementCount();
        assertTrue(statements > 0, "the request must have been counted");
        return statements;
    }
}
