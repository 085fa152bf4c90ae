package com.modernmedia.content.person;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class PersonWriteTest {

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

    private static Map<String, Object> person(Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Amira Haddad"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    @Test
    void shouldCreateAPersonWithASlugTransliteratedFromTheirName() {
        ExtractableResponse<Response> created = asEditor().contentType(ContentType.JSON)
                .body(person("name", "Łukasz Żółć", "honorific", "Dr.", "bio", "Historian of Central Europe.",
                        "title", "professor of history", "affiliation", "University of Warsaw"))
                .when().post("/api/v1/people")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/people/lukasz-zolc"))
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", equalTo("no-store"))
                .body("slug", equalTo("lukasz-zolc"))
                .body("name", equalTo("Łukasz Żółć"))
                .body("honorific", equalTo("Dr."))
                .body("bio", equalTo("Historian of Central Europe."))
                .body("title", equalTo("professor of history"))
                .body("affiliation", equalTo("University of Warsaw"))
                .body("image", nullValue())
                .body("articleCounts.authored", equalTo(0))
                .body("revision", equalTo(1))
                .extract();
        asEditor().contentType(ContentType.JSON).body(person("name", "Lukasz Zolc"))
                .when().post("/api/v1/people")
                .then().statusCode(201).body("slug", equalTo("lukasz-zolc-2"));
        asEditor().contentType(ContentType.JSON).body(person("name", "Анна Политковская"))
                .when().post("/api/v1/people")
                .then().statusCode(201).body("slug", equalTo("anna-politkovskaa"));

        given().when().get("/api/v1/people/lukasz-zolc").then().statusCode(404);
        fixtures.article("Written by the new person").by(new Ref(UUID.fromString(created.path("id")), "lukasz-zolc")).publish();
        given().when().get("/api/v1/people/lukasz-zolc")
                .then().statusCode(200)
                .header("ETag", startsWith("\"r1-"))
                .body("name", equalTo("Łukasz Żółć"))
                .body("articleCounts.authored", equalTo(1));
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit?targetId=" + created.path("id"))
                .then().statusCode(200)
                .body("items.action", contains("create"))
                .body("items[0].targetKind", equalTo("person"))
                .body("items[0].keyName", startsWith("editor-"))
                .body("items[0].detail.slug", equalTo("lukasz-zolc"));
    }

    @Test
    void shouldCreateAPersonWithTheSlugAndPictureGiven() {
        UUID portrait = fixtures.image("Portrait", "Agency");

        asEditor().contentType(ContentType.JSON).body(person("slug", "amira", "imageId", portrait.toString()))
                .when().post("/api/v1/people")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/people/amira"))
                .body("slug", equalTo("amira"))
                .body("image.id", equalTo(portrait.toString()))
                .body("image.caption", equalTo("Portrait"))
                .body("image", not(hasKey("revision")));
    }

    @Test
    void shouldRefuseBadPeopleAndKeepTheDataAsItWas() {
        Ref taken = fixtures.person("Taken");
        UUID deletedImage = fixtures.image("Deleted", null);
        fixtures.execute("update image set deleted_at = now() where id = ?", deletedImage);

        asEditor().contentType(ContentType.JSON).body(person("slug", taken.slug()))
                .when().post("/api/v1/people")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/slug-taken")).body("errors[0].field", equalTo("slug"));
        refused(person("slug", "3f6c1a52-0d0e-4b8e-9a53-1c2f3e4d5a01"), "slug");
        refused(person("slug", "Not A Slug"), "slug");
        refused(person("slug", "a".repeat(201)), "slug");
        refused(Map.of("title", "no name"), "name");
        refused(person("name", "   "), "name");
        refused(person("name", "a".repeat(201)), "name");
        refused(person("name", 5), "name");
        refused(person("honorific", "a".repeat(51)), "honorific");
        refused(person("bio", "a".repeat(2001)), "bio");
        refused(person("title", "a".repeat(301)), "title");
        refused(person("affiliation", "a".repeat(301)), "affiliation");
        refused(person("nickname", "Ami"), "nickname");
        asEditor().contentType(ContentType.JSON).body(person("imageId", "7d9c4c58-0000-4000-8000-000000000000"))
                .when().post("/api/v1/people")
                .then().statusCode(400).body("errors.field", contains("imageId"))
                .body("errors[0].message", equalTo("no image has this id"));
        asEditor().contentType(ContentType.JSON).body(person("imageId", deletedImage.toString()))
                .when().post("/api/v1/people")
                .then().statusCode(400).body("errors.field", contains("imageId"))
                .body("errors[0].message", equalTo("no image has this id"));
        asEditor().contentType(ContentType.JSON).body(person("imageId", "not-a-uuid"))
                .when().post("/api/v1/people")
                .then().statusCode(400).body("errors.field", contains("imageId"))
                .body("errors[0].message", equalTo("must be a UUID"));
        asEditor().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/people")
                .then().statusCode(400).contentType("application/problem+json");

        assertEquals("1", fixtures.query("select count(*) from person"));
        assertEquals("0", fixtures.query("select count(*) from audit_log"));
    }

    private void refused(Map<String, Object> body, String field) {
        asEditor().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", contains(field));
    }

    @Test
    void shouldNeedAnEditorKeyToWrite() {
        Ref existing = fixtures.person("Existing Person");
        String partner = fixtures.apiKey("partner");

        given().contentType(ContentType.JSON).body(person())
                .when().post("/api/v1/people")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(person())
                .when().post("/api/v1/people")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(partner).header("If-Match", "*").contentType(ContentType.JSON).body(person())
                .when().put("/api/v1/people/" + existing.slug())
                .then().statusCode(403);
        given().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"name\": \"x\"}")
                .when().patch("/api/v1/people/" + existing.slug())
                .then().statusCode(401);
        given().auth().oauth2(partner).header("If-Match", "*")
                .when().delete("/api/v1/people/" + existing.slug())
                .then().statusCode(403);
        assertEquals("Existing Person", fixtures.query("select name from person where id = ?", existing.id()));
        assertEquals("1", fixtures.query("select count(*) from person"));
        assertNotNull(fixtures.query("select 1 from person where id = ? and deleted_at is null and revision = 1", existing.id()));

        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON).body(person())
                .when().post("/api/v1/people")
                .then().statusCode(201);
    }

    @Test
    void shouldReplaceAPersonOnlyAgainstTheirCurrentRevision() {
        Ref expert = fixtures.person("Adam Expert", "economist", "Accra Policy Lab");
        fixtures.article("Growth").quoting(expert, "growth slows").publish();
        String etag = given().when().get("/api/v1/people/" + expert.slug()).then().statusCode(200).extract().header("ETag");

        asEditor().contentType(ContentType.JSON).body(person("name", "Adam Expert"))
                .when().put("/api/v1/people/" + expert.slug())
                .then().statusCode(428).contentType("application/problem+json")
                .body("currentRevision", equalTo(1));
        String newTag = asEditor().header("If-Match", etag).contentType(ContentType.JSON)
                .body(person("name", "Adam K. Expert", "slug", "adam-k-expert", "title", "chief economist"))
                .when().put("/api/v1/people/" + expert.slug())
                .then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .body("slug", equalTo("adam-k-expert"))
                .body("name", equalTo("Adam K. Expert"))
                .body("title", equalTo("chief economist"))
                .body("affiliation", nullValue())
                .body("articleCounts.quoted", equalTo(1))
                .body("revision", equalTo(2))
                .extract().header("ETag");
        asEditor().header("If-Match", etag).contentType(ContentType.JSON).body(person("name", "Lost edit"))
                .when().put("/api/v1/people/adam-k-expert")
                .then().statusCode(412)
                .body("type", endsWith("/stale-revision"))
                .body("currentRevision", equalTo(2));

        given().redirects().follow(false).when().get("/api/v1/people/" + expert.slug())
                .then().statusCode(301).header("Location", endsWith("/api/v1/people/adam-k-expert"));
        asEditor().redirects().follow(false).header("If-Match", newTag).contentType(ContentType.JSON).body(person("name", "x"))
                .when().put("/api/v1/people/" + expert.slug())
                .then().statusCode(308).header("Location", endsWith("/api/v1/people/adam-k-expert"));
        given().when().get("/api/v1/people/adam-k-expert")
                .then().statusCode(200)
                .header("ETag", equalTo(newTag))
                .body("name", equalTo("Adam K. Expert"));
        given().when().get("/api/v1/articles?include=people&fields=people.slug")
                .then().body("items[0].people.slug", contains("adam-k-expert"));
    }

    @Test
    void shouldPatchOnlyTheFieldsSentEvenBeforeThePersonIsPublic() {
        UUID portrait = fixtures.image("Portrait", null);
        String id = asEditor().contentType(ContentType.JSON)
                .body(person("honorific", "Dr.", "title", "surgeon", "affiliation", "City Hospital"))
                .when().post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/people/" + id;

        String etag = asEditor().header("If-Match", "\"r1-whatever\"").contentType("application/merge-patch+json")
                .body("{\"bio\": \"Surgeon and writer.\", \"affiliation\": null, \"imageId\": \"" + portrait + "\"}")
                .when().patch(path)
                .then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .body("name", equalTo("Amira Haddad"))
                .body("slug", equalTo("amira-haddad"))
                .body("honorific", equalTo("Dr."))
                .body("title", equalTo("surgeon"))
                .body("bio", equalTo("Surgeon and writer."))
                .body("affiliation", nullValue())
                .body("image.id", equalTo(portrait.toString()))
                .body("revision", equalTo(2))
                .extract().header("ETag");
        asEditor().header("If-Match", etag).contentType("application/merge-patch+json").body("{\"imageId\": null}")
                .when().patch("/api/v1/people/amira-haddad")
                .then().statusCode(200).body("image", nullValue()).body("title", equalTo("surgeon")).body("revision", equalTo(3));

        asEditor().header("If-Match", "*").contentType(ContentType.TEXT).body("{\"name\": \"x\"}")
                .when().patch(path)
                .then().statusCode(415).contentType("application/problem+json");
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"name\": null}")
                .when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"honorific\": 1}")
                .when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("honorific"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"imageId\": \"7d9c4c58-0000-4000-8000-000000000000\"}")
                .when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("imageId"));
        asEditor().header("If-Match", etag).contentType("application/merge-patch+json").body("{\"title\": \"stale\"}")
                .when().patch(path)
                .then().statusCode(412).body("currentRevision", equalTo(3));

        assertEquals("3", fixtures.query("select revision from person where id = ?::uuid", id));
        assertEquals("surgeon", fixtures.query("select title from person where id = ?::uuid", id));
        assertNull(fixtures.query("select image_id from person where id = ?::uuid", id));
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit?targetId=" + id)
                .then().body("items.action", contains("update", "update", "create"));
    }

    @Test
    void shouldSoftDeleteAPersonNothingShowsAndRefuseOneInUse() {
        Ref author = fixtures.person("Draft Author");
        Ref mentioned = fixtures.person("Mentioned Once");
        Ref speaker = fixtures.person("Quoted Speaker");
        Ref formerAuthor = fixtures.person("Former Author");
        Ref other = fixtures.person("Other Writer");
        fixtures.article("Draft").by(author).draft();
        fixtures.article("Unpublished").mentioning(mentioned).unpublished();
        Ref quoting = fixtures.article("Quoting").quoting(speaker, "a quote that outlives its article").publish();
        Ref former = fixtures.article("Former").by(formerAuthor).publish();
        fixtures.execute("update article set deleted_at = now() where id in (?, ?)", quoting.id(), former.id());
        fixtures.article("Public").by(other).publish();

        asEditor().header("If-Match", "*").when().delete("/api/v1/people/" + author.slug())
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("1 article"));
        asEditor().header("If-Match", "*").when().delete("/api/v1/people/" + mentioned.slug())
                .then().statusCode(409).body("detail", containsString("1 article"));
        asEditor().when().delete("/api/v1/people/" + formerAuthor.slug()).then().statusCode(428);
        asEditor().header("If-Match", "\"r4-stale\"").when().delete("/api/v1/people/" + formerAuthor.slug())
                .then().statusCode(412).body("currentRevision", equalTo(1));
        assertEquals("0", fixtures.query("select count(*) from person where deleted_at is not null"));
        assertEquals("0", fixtures.query("select count(*) from audit_log"));

        asEditor().header("If-Match", "*").when().delete("/api/v1/people/" + formerAuthor.slug())
                .then().statusCode(204);
        // Their only quotes stand in a deleted article, which reads answer 404 for: nothing shows them any more.
        asEditor().header("If-Match", "*").when().delete("/api/v1/people/" + speaker.id()).then().statusCode(204);

        given().when().get("/api/v1/people/" + formerAuthor.slug()).then().statusCode(404);
        given().when().get("/api/v1/people/" + formerAuthor.id()).then().statusCode(404);
        given().when().get("/api/v1/people").then().statusCode(200).body("items.slug", contains(other.slug()));
        asEditor().header("If-Match", "*").contentType(ContentType.JSON).body(person())
                .when().put("/api/v1/people/" + formerAuthor.slug()).then().statusCode(404);
        asEditor().contentType(ContentType.JSON).body(person("slug", formerAuthor.slug()))
                .when().post("/api/v1/people").then().statusCode(409);
        assertNotNull(fixtures.query("select deleted_at from person where id = ?", formerAuthor.id()), "the row stays as a tombstone");
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit?targetId=" + formerAuthor.id())
                .then().body("items.action", contains("delete")).body("items[0].detail.slug", equalTo(formerAuthor.slug()));
    }

    @Test
    void shouldShowEditorsAPersonNotYetInAPublicArticle() {
        Ref person = fixtures.person("Not Yet Public");

        given().when().get("/api/v1/people/" + person.slug()).then().statusCode(404);
        given().auth().oauth2(fixtures.apiKey("editor")).when().get("/api/v1/people/" + person.slug())
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("name", org.hamcrest.Matchers.equalTo("Not Yet Public"));
        given().auth().oauth2(fixtures.apiKey("partner")).when().get("/api/v1/people/" + person.slug()).then().statusCode(404);
    }
}
