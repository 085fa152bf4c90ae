package com.modernmedia.content.topic;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TopicWriteTest {

    @Inject
    Fixtures fixtures;

    private String editor;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor);
    }

    @Test
    void shouldAskForTheBodyWhenACreateSendsNone() {
        asEditor().contentType(ContentType.JSON).when().post("/api/v1/topics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("")).body("errors[0].message", equalTo("the request needs a JSON body"));
    }

    @Test
    void shouldCreateATopicWithASlugMadeFromItsName() {
        asEditor().header("Host", "evil.example")
                .contentType(ContentType.JSON).body(Map.of("name", "Ūnïcødé Déjà vu", "description", "Accents and all."))
                .when().post("/api/v1/topics")
                .then().statusCode(201)
                .header("Location", equalTo("/api/v1/topics/unicode-deja-vu")) // a path: no public URL is configured in tests
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", equalTo("no-store"))
                .body("slug", equalTo("unicode-deja-vu"))
                .body("name", equalTo("Ūnïcødé Déjà vu"))
                .body("revision", equalTo(1))
                .body("articleCount", equalTo(0));
        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Washington’s choice"))
                .when().post("/api/v1/topics")
                .then().statusCode(201).body("slug", equalTo("washingtons-choice"));
        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Unicode: deja vu!"))
                .when().post("/api/v1/topics")
                .then().statusCode(201).body("slug", equalTo("unicode-deja-vu-2"));

        given().when().get("/api/v1/topics/unicode-deja-vu").then().statusCode(200).body("description", equalTo("Accents and all."));
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("items.action", contains("create", "create", "create"))
                .body("items[0].targetKind", equalTo("topic"))
                .body("items[0].keyName", startsWith("editor-"));
    }

    @Test
    void shouldRefuseBadTopicsAndKeepTheDataAsItWas() {
        Ref taken = fixtures.topic("Taken");

        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Other", "slug", taken.slug()))
                .when().post("/api/v1/topics")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/slug-taken")).body("errors[0].field", equalTo("slug"));
        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Id-like", "slug", "3f6c1a52-0d0e-4b8e-9a53-1c2f3e4d5a01"))
                .when().post("/api/v1/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Bad slug", "slug", "Not A Slug"))
                .when().post("/api/v1/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("slug"));
        asEditor().contentType(ContentType.JSON).body(Map.of("description", "no name"))
                .when().post("/api/v1/topics")
                .then().statusCode(400).body("errors.field", contains("name"));
        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Orphan", "parentId", "7d9c4c58-0000-4000-8000-000000000000"))
                .when().post("/api/v1/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", equalTo("no topic has this id"));
        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Typed", "parentId", "not-a-uuid"))
                .when().post("/api/v1/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", equalTo("must be a UUID"));
        asEditor().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/topics")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/malformed-json"));

        given().when().get("/api/v1/topics?total=true").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldNeedAnEditorKeyToWrite() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Anonymous"))
                .when().post("/api/v1/topics")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(fixtures.apiKey("partner")).contentType(ContentType.JSON).body(Map.of("name", "Partner"))
                .when().post("/api/v1/topics")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON).body(Map.of("name", "Admin"))
                .when().post("/api/v1/topics")
                .then().statusCode(201);
    }

    @Test
    void shouldReplaceATopicOnlyAgainstItsCurrentRevision() {
        Ref topic = fixtures.topic("Climate");
        String etag = given().when().get("/api/v1/topics/" + topic.slug()).then().statusCode(200).extract().header("ETag");

        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Climate change"))
                .when().put("/api/v1/topics/" + topic.slug())
                .then().statusCode(428).contentType("application/problem+json")
                .body("currentRevision", equalTo(1));
        String newTag = asEditor().header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("name", "Climate change", "slug", "climate-change"))
                .when().put("/api/v1/topics/" + topic.slug())
                .then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .body("slug", equalTo("climate-change"))
                .body("name", equalTo("Climate change"))
                .body("description", nullValue())
                .body("revision", equalTo(2))
                .extract().header("ETag");
        asEditor().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("name", "Lost edit"))
                .when().put("/api/v1/topics/climate-change")
                .then().statusCode(412)
                .body("type", endsWith("/stale-revision"))
                .body("currentRevision", equalTo(2));

        // No public URL is configured in tests: Location is a path, never built on the Host a client sent.
        given().redirects().follow(false).header("Host", "evil.example").when().get("/api/v1/topics/" + topic.slug())
                .then().statusCode(301).header("Location", equalTo("/api/v1/topics/climate-change"));
        asEditor().redirects().follow(false).header("Host", "evil.example").header("If-Match", newTag)
                .contentType(ContentType.JSON).body(Map.of("name", "x"))
                .when().put("/api/v1/topics/" + topic.slug())
                .then().statusCode(308).header("Location", equalTo("/api/v1/topics/climate-change"));
        given().when().get("/api/v1/topics/climate-change").then().statusCode(200).body("name", equalTo("Climate change"));
    }

    @Test
    void shouldPatchOnlyTheFieldsSent() {
        Ref parent = fixtures.topic("World");
        Ref topic = fixtures.topic("Iran", parent);
        String etag = given().when().get("/api/v1/topics/" + topic.slug()).then().extract().header("ETag");

        asEditor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"description\": \"Updated.\", \"parentId\": null}")
                .when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(200)
                .body("name", equalTo("Iran"))
                .body("slug", equalTo(topic.slug()))
                .body("description", equalTo("Updated."))
                .body("parent", nullValue())
                .body("revision", equalTo(2));
        asEditor().header("If-Match", "*").contentType(ContentType.JSON).body("{\"description\": \"Sent as plain JSON.\"}")
                .when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(200).body("description", equalTo("Sent as plain JSON.")).body("name", equalTo("Iran"));
        asEditor().header("If-Match", "*").contentType(ContentType.TEXT).body("{\"name\": \"x\"}")
                .when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(415).contentType("application/problem+json");
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"name\": 5}")
                .when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"name\": null}")
                .when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"name\": ")
                .when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(400).body("type", endsWith("/malformed-json"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"nmae\": \"typo\"}")
                .when().patch("/api/v1/topics/" + topic.slug())
                .then().statusCode(400).body("errors[0].field", equalTo("nmae"));

        given().when().get("/api/v1/topics/" + topic.slug()).then().body("revision", equalTo(3)).body("name", equalTo("Iran"));
    }

    @Test
    void shouldNotLetATopicBecomeItsOwnAncestor() {
        Ref world = fixtures.topic("World");
        Ref region = fixtures.topic("Region", world);

        asEditor().header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + region.id() + "\"}")
                .when().patch("/api/v1/topics/" + world.slug())
                .then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", containsString("ancestor"));
    }

    @Test
    void shouldSoftDeleteAnUnusedTopicAndRefuseOneInUse() {
        Ref used = fixtures.topic("Used");
        Ref unused = fixtures.topic("Unused");
        fixtures.article("On it").on(used).draft();

        asEditor().header("If-Match", "*").when().delete("/api/v1/topics/" + used.slug())
                .then().statusCode(409).body("detail", containsString("1 article"));
        asEditor().when().delete("/api/v1/topics/" + unused.slug()).then().statusCode(428);
        asEditor().header("If-Match", "*").when().delete("/api/v1/topics/" + unused.slug()).then().statusCode(204);

        given().when().get("/api/v1/topics/" + unused.slug()).then().statusCode(404);
        given().when().get("/api/v1/topics/" + unused.id()).then().statusCode(404);
        given().when().get("/api/v1/topics").then().body("items.slug", contains(used.slug()));
        org.junit.jupiter.api.Assertions.assertNotNull(
                fixtures.query("select deleted_at from topic where id = ?", unused.id()), "the row stays as a tombstone");
        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Unused again", "slug", unused.slug()))
                .when().post("/api/v1/topics").then().statusCode(409);
    }
}
