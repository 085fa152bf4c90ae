package com.modernmedia.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The whole editorial flow, through the HTTP API only, as a newsroom tool would drive it. */
@QuarkusTest
class EditorialFlowTest {

    @Inject
    Fixtures fixtures;

    private String editor;

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor).contentType(ContentType.JSON);
    }

    private String etag(String path) {
        return asEditor().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private String create(String path, Map<String, ?> body) {
        return asEditor().body(body).when().post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldTakeAnArticleFromDraftToPublishedToGone() throws Exception {
        fixtures.reset();
        editor = given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "newsroom-cms", "role", "editor"))
                .when().post("/api/v1/admin/keys").then().statusCode(201).extract().path("key");

        String author = create("/api/v1/people", Map.of("name", "Philip Kowalski", "title", "senior writer"));
        String professor = create("/api/v1/people", Map.of("name", "Arshin Adib-Moghaddam", "honorific", "Dr.",
                "title", "professor", "affiliation", "SOAS University of London"));
        String journalist = create("/api/v1/people", Map.of("name", "Eyad Hamid", "title", "journalist"));
        String topic = create("/api/v1/topics", Map.of("name", "Iran"));
        String hero = create("/api/v1/images", Map.of("url", "https://images.example/rally.jpg", "altText", "A rally",
                "caption", "A rally in Tehran", "credit", "Anadolu Agency / Getty"));

        var draft = asEditor().body(Map.of("headline", "Soleimani and the United States",
                        "heroImageId", hero, "authorIds", List.of(author), "topicIds", List.of(topic),
                        "bodyMarkdown", """
                                Few Americans knew his name.

                                He built "a regional axis that is both institutionalized and ideological," said one scholar.

                                To many Syrians he was "the terrorist arm of the mullah's regime."
                                """,
                        "people", List.of(
                                Map.of("personId", professor, "role", "quoted", "title", "world politics professor"),
                                Map.of("personId", journalist, "role", "quoted", "title", "Syrian journalist"))))
                .when().post("/api/v1/articles").then().statusCode(201).extract();
        String slug = draft.path("slug");
        String id = draft.path("id");
        create("/api/v1/quotes", Map.of("text", "a regional axis that is both institutionalized and ideological",
                "personId", professor, "articleId", id, "blockIndex", 1));
        create("/api/v1/quotes", Map.of("text", "the terrorist arm of the mullah's regime",
                "personId", journalist, "articleId", id, "blockIndex", 2));

        // A draft: nowhere public, fully visible to the editor.
        given().when().get("/api/v1/articles/" + slug).then().statusCode(404);
        given().when().get("/api/v1/articles").then().body("items", empty());
        given().when().get("/api/v1/quotes").then().body("items", empty());
        given().when().get("/api/v1/topics/iran").then().body("articleCount", equalTo(0));
        given().when().get("/api/v1/people/arshin-adib-moghaddam").then().statusCode(404);
        asEditor().when().get("/api/v1/preview/articles/" + id).then().statusCode(200)
                .body("status", equalTo("draft")).body("quotes.text", contains(
                        "a regional axis that is both institutionalized and ideological", "the terrorist arm of the mullah's regime"));

        // Published: in lists, on the topic and person pages, among the quotes.
        asEditor().header("If-Match", etag("/api/v1/articles/" + slug)).when().post("/api/v1/articles/" + slug + "/publish")
                .then().statusCode(200).body("status", equalTo("published"));
        given().when().get("/api/v1/articles").then().body("items.slug", contains(slug));
        given().when().get("/api/v1/topics/iran?include=articles").then()
                .body("articleCount", equalTo(1)).body("articles.items.slug", contains(slug));
        given().when().get("/api/v1/people/arshin-adib-moghaddam?include=quotes").then().statusCode(200)
                .body("articleCounts.quoted", equalTo(1))
                .body("quotes.items[0].title", equalTo("world politics professor"));
        given().when().get("/api/v1/quotes").then().body("items.person.name", contains("Arshin Adib-Moghaddam", "Eyad Hamid"));
        given().when().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("heroImage.credit", equalTo("Anadolu Agency / Getty"))
                .body("people.title", contains("world politics professor", "Syrian journalist"));

        // A new slug: the old URL answers 301.
        asEditor().header("If-Match", etag("/api/v1/articles/" + slug)).contentType("application/merge-patch+json")
                .body("{\"slug\": \"soleimani-and-washington\"}")
                .when().patch("/api/v1/articles/" + slug).then().statusCode(200);
        given().redirects().follow(false).when().get("/api/v1/articles/" + slug)
                .then().statusCode(301).header("Location", endsWith("/api/v1/articles/soleimani-and-washington"));
        slug = "soleimani-and-washington";

        // Two editors at once on the same version: one wins, the other is told.
        String version = etag("/api/v1/articles/" + slug);
        String path = "/api/v1/articles/" + slug;
        var first = CompletableFuture.supplyAsync(() -> asEditor().header("If-Match", version)
                .contentType("application/merge-patch+json").body("{\"dek\": \"First editor\"}").patch(path).statusCode());
        var second = CompletableFuture.supplyAsync(() -> asEditor().header("If-Match", version)
                .contentType("application/merge-patch+json").body("{\"dek\": \"Second editor\"}").patch(path).statusCode());
        assertEquals(List.of(200, 412), List.of(first.get(), second.get()).stream().sorted().toList());

        // Unpublished, then deleted: gone everywhere public, and for editors too once deleted.
        asEditor().header("If-Match", etag(path)).when().post(path + "/unpublish").then().statusCode(200);
        given().when().get(path).then().statusCode(404);
        given().when().get("/api/v1/quotes").then().body("items", empty());
        asEditor().header("If-Match", etag(path)).when().delete(path).then().statusCode(204);
        asEditor().when().get(path).then().statusCode(404);
        given().when().get("/api/v1/articles").then().body("items", empty());
        given().when().get("/api/v1/topics/iran").then().body("articleCount", equalTo(0));
        given().when().get("/api/v1/people/eyad-hamid").then().statusCode(404);
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit?limit=100").then()
                .body("items.action", containsInAnyOrder("create", "create", "create", "create", "create", "create",
                        "create", "create", "create", "publish", "update", "update", "unpublish", "delete"));
    }
}
