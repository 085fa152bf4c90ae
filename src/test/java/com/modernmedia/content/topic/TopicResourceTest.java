package com.modernmedia.content.topic;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TopicResourceTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldListTopicsByNameWithCountsOfPublishedArticles() {
        Ref world = fixtures.topic("World");
        Ref iran = fixtures.topic("Iran", world);
        Ref culture = fixtures.topic("Culture");
        fixtures.article("One").on(iran).publish();
        fixtures.article("Two").on(iran, world).publish();
        fixtures.article("Draft").on(iran, culture).draft();

        given().when().get("/api/v1/topics?total=true")
                .then().statusCode(200)
                .body("items.slug", contains(culture.slug(), iran.slug(), world.slug()))
                .body("items.articleCount", contains(0, 2, 1))
                .body("items[1].parent.slug", equalTo(world.slug()))
                .body("items[1].description", equalTo("All about Iran."))
                .body("items[0].parent", nullValue())
                .body("total", equalTo(3));
    }

    @Test
    void shouldShowATopicWithItsParentAndChildren() {
        Ref world = fixtures.topic("World");
        Ref middleEast = fixtures.topic("Middle East", world);
        Ref syria = fixtures.topic("Syria", middleEast);
        Ref iran = fixtures.topic("Iran", middleEast);
        fixtures.article("On the region").on(middleEast).publish();

        given().when().get("/api/v1/topics/" + middleEast.slug())
                .then().statusCode(200)
                .body("name", equalTo("Middle East"))
                .body("parent.slug", equalTo(world.slug()))
                .body("children.slug", contains(iran.slug(), syria.slug()))
                .body("articleCount", equalTo(1))
                .body("$", not(hasKey("articles")));
        given().when().get("/api/v1/topics/" + middleEast.id()).then().statusCode(200).body("slug", equalTo(middleEast.slug()));
        given().when().get("/api/v1/topics/" + syria.slug()).then().statusCode(200).body("children", empty());
    }

    @Test
    void shouldServeATopicPageInOneRequestAndPageItsArticles() {
        Ref topic = fixtures.topic("Climate");
        Ref older = fixtures.article("Older climate story").on(topic).publish();
        Ref newer = fixtures.article("Newer climate story").on(topic).publish();
        fixtures.article("Hidden climate story").on(topic).draft();
        fixtures.article("Other").publish();

        given().when().get("/api/v1/topics/" + topic.slug() + "?include=articles")
                .then().statusCode(200)
                .body("articles.items.slug", contains(newer.slug(), older.slug()))
                .body("articles.next", nullValue());
        String next = given().when().get("/api/v1/topics/" + topic.slug() + "/articles?limit=1")
                .then().statusCode(200).body("items.slug", contains(newer.slug())).extract().path("next");
        given().queryParam("cursor", next).when().get("/api/v1/topics/" + topic.slug() + "/articles?limit=1")
                .then().statusCode(200).body("items.slug", contains(older.slug())).body("next", nullValue());
    }

    @Test
    void shouldContinueAnEmbeddedArticlePageFromItsCursor() {
        Ref topic = fixtures.topic("Busy");
        for (int i = 0; i < 22; i++) {
            fixtures.article("Busy story " + i).on(topic).publish();
        }

        String next = given().when().get("/api/v1/topics/" + topic.slug() + "?include=articles&fields=articles.next")
                .then().statusCode(200).extract().path("articles.next");
        given().queryParam("cursor", next).when().get("/api/v1/topics/" + topic.slug() + "/articles")
                .then().statusCode(200)
                .body("items.headline", contains("Busy story 1", "Busy story 0"));
    }

    @Test
    void shouldRedirectOldTopicSlugsAndAnswerNotFoundForUnknownOnes() {
        Ref topic = fixtures.topic("Renamed topic");
        fixtures.oldSlug("topic", "old-topic", topic);

        given().redirects().follow(false).when().get("/api/v1/topics/old-topic/articles")
                .then().statusCode(301).header("Location", endsWith("/api/v1/topics/" + topic.slug() + "/articles"));
        given().when().get("/api/v1/topics/no-topic").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No topic has the slug 'no-topic'."));
        given().when().get("/api/v1/topics/no-topic/articles").then().statusCode(404);
        given().when().get("/api/v1/topics/" + topic.slug() + "?include=people").then().statusCode(400)
                .body("errors[0].field", equalTo("include"));
    }
}
