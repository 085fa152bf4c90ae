package com.modernmedia.content.image;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
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
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class ImageWriteTest {

    private static final String URL = "https://images.test.example/rally.jpg";

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

    private static Map<String, Object> image(Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("url", URL, "altText", "A crowd in a street"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    @Test
    void shouldCreateAnImageAndServeItPublicly() {
        ExtractableResponse<Response> created = asEditor().contentType(ContentType.JSON)
                .body(image("width", 1600, "height", 900, "caption", "A rally.", "credit", "Pool / Anadolu Agency / Getty"))
                .when().post("/api/v1/images")
                .then().statusCode(201)
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", equalTo("no-store"))
                .body("url", equalTo(URL))
                .body("width", equalTo(1600))
                .body("height", equalTo(900))
                .body("altText", equalTo("A crowd in a street"))
                .body("caption", equalTo("A rally."))
                .body("credit", equalTo("Pool / Anadolu Agency / Getty"))
                .body("revision", equalTo(1))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/api/v1/images/" + id));

        given().when().get(created.header("Location"))
                .then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .header("Cache-Control", startsWith("public"))
                .body("id", equalTo(id))
                .body("credit", equalTo("Pool / Anadolu Agency / Getty"));
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit?targetId=" + id)
                .then().statusCode(200)
                .body("items.action", contains("create"))
                .body("items[0].targetKind", equalTo("image"))
                .body("items[0].keyName", startsWith("editor-"))
                .body("items[0].detail.url", equalTo(URL));
    }

    @Test
    void shouldTakeAnEmptyAltTextForADecorativeImage() {
        asEditor().contentType(ContentType.JSON).body(image("altText", ""))
                .when().post("/api/v1/images")
                .then().statusCode(201)
                .body("altText", equalTo(""))
                .body("width", nullValue())
                .body("height", nullValue())
                .body("caption", nullValue())
                .body("credit", nullValue());
    }

    @Test
    void shouldRefuseBadImagesAndKeepTheDataAsItWas() {
        refused(Map.of("altText", "no url"), "url");
        refused(image("url", "javascript:alert(1)"), "url");
        refused(image("url", "ftp://images.test.example/a.jpg"), "url");
        refused(image("url", "HTTPS://images.test.example/a.jpg"), "url");
        refused(image("url", "https://"), "url");
        refused(image("url", "https://images.test.example/a photo.jpg"), "url");
        refused(image("url", "https://images.test.example/" + "a".repeat(2048)), "url");
        refused(image("width", -1), "width");
        refused(image("height", 0), "height");
        refused(image("width", "wide"), "width");
        refused(image("width", 1.5), "width");
        refused(image("url", 42), "url");
        refused(Map.of("url", URL), "altText");
        refused(image("altText", "a".repeat(501)), "altText");
        refused(image("caption", "a".repeat(2001)), "caption");
        refused(image("credit", "a".repeat(501)), "credit");
        refused(image("photographer", "Someone"), "photographer");
        asEditor().contentType(ContentType.JSON).body("{\"url\": ")
                .when().post("/api/v1/images")
                .then().statusCode(400).contentType("application/problem+json");

        asEditor().contentType(ContentType.JSON).body(image("url", "ftp://x.example/a.jpg", "width", -5))
                .when().post("/api/v1/images")
                .then().statusCode(400).body("errors.field", contains("url", "width"));
        assertEquals("0", fixtures.query("select count(*) from image"));
        assertEquals("0", fixtures.query("select count(*) from audit_log"));
    }

    private void refused(Map<String, Object> body, String field) {
        asEditor().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/images")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", contains(field));
    }

    @Test
    void shouldNeedAnEditorKeyToWrite() {
        UUID existing = fixtures.image("Kept", "Agency");

        given().contentType(ContentType.JSON).body(image())
                .when().post("/api/v1/images")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(fixtures.apiKey("partner")).contentType(ContentType.JSON).body(image())
                .when().post("/api/v1/images")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("If-Match", "*").contentType(ContentType.JSON).body(image())
                .when().put("/api/v1/images/" + existing)
                .then().statusCode(401);
        given().auth().oauth2(fixtures.apiKey("partner")).header("If-Match", "*")
                .when().delete("/api/v1/images/" + existing)
                .then().statusCode(403);
        assertEquals("0", fixtures.query("select count(*) from image where id <> ?", existing));
        given().when().get("/api/v1/images/" + existing).then().statusCode(200).body("caption", equalTo("Kept"));

        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON).body(image())
                .when().post("/api/v1/images")
                .then().statusCode(201);
    }

    @Test
    void shouldReplaceAnImageOnlyAgainstItsCurrentRevision() {
        UUID id = fixtures.image("Old caption", "Old credit");
        String etag = given().when().get("/api/v1/images/" + id).then().statusCode(200).extract().header("ETag");

        asEditor().contentType(ContentType.JSON).body(image())
                .when().put("/api/v1/images/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("currentRevision", equalTo(1));
        String newTag = asEditor().header("If-Match", etag).contentType(ContentType.JSON)
                .body(image("caption", "New caption"))
                .when().put("/api/v1/images/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .body("url", equalTo(URL))
                .body("caption", equalTo("New caption"))
                .body("credit", nullValue())
                .body("width", nullValue())
                .body("revision", equalTo(2))
                .extract().header("ETag");
        asEditor().header("If-Match", etag).contentType(ContentType.JSON).body(image("caption", "Lost edit"))
                .when().put("/api/v1/images/" + id)
                .then().statusCode(412)
                .body("type", endsWith("/stale-revision"))
                .body("currentRevision", equalTo(2));
        asEditor().header("If-Match", newTag).contentType(ContentType.JSON).body(image("url", "ftp://x.example/a.jpg"))
                .when().put("/api/v1/images/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));

        given().when().get("/api/v1/images/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo(newTag))
                .body("caption", equalTo("New caption"))
                .body("revision", equalTo(2));
    }

    @Test
    void shouldPatchOnlyTheFieldsSent() {
        UUID id = fixtures.image("A caption", "An agency");
        String etag = given().when().get("/api/v1/images/" + id).then().extract().header("ETag");

        asEditor().header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"credit\": \"Another agency\", \"width\": null}")
                .when().patch("/api/v1/images/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .body("credit", equalTo("Another agency"))
                .body("width", nullValue())
                .body("height", equalTo(900))
                .body("caption", equalTo("A caption"))
                .body("altText", equalTo("Alt text for A caption"))
                .body("revision", equalTo(2));
        asEditor().header("If-Match", "*").contentType(ContentType.TEXT).body("{\"credit\": \"x\"}")
                .when().patch("/api/v1/images/" + id)
                .then().statusCode(415).contentType("application/problem+json");
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"url\": \"javascript:alert(1)\"}")
                .when().patch("/api/v1/images/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"url\": null}")
                .when().patch("/api/v1/images/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"height\": \"tall\"}")
                .when().patch("/api/v1/images/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("height"))
                .body("errors[0].message", equalTo("must be a whole number"));
        asEditor().header("If-Match", etag).contentType("application/merge-patch+json").body("{\"credit\": \"Stale\"}")
                .when().patch("/api/v1/images/" + id)
                .then().statusCode(412).body("currentRevision", equalTo(2));
        asEditor().contentType("application/merge-patch+json").body("{\"credit\": \"No precondition\"}")
                .when().patch("/api/v1/images/" + id)
                .then().statusCode(428);

        given().when().get("/api/v1/images/" + id)
                .then().body("revision", equalTo(2)).body("credit", equalTo("Another agency")).body("url", startsWith("https://"));
    }

    @Test
    void shouldSoftDeleteAnUnusedImageAndRefuseOneInUse() {
        UUID hero = fixtures.image("Hero", null);
        UUID inline = fixtures.image("Inline", null);
        UUID portrait = fixtures.image("Portrait", null);
        UUID ofDeletedArticle = fixtures.image("Of a deleted article", null);
        UUID unused = fixtures.image("Unused", null);
        fixtures.article("Draft with hero").hero(hero).draft();
        fixtures.article("Published with inline").inlineImage(inline).publish();
        Ref gone = fixtures.article("Deleted").hero(ofDeletedArticle).inlineImage(ofDeletedArticle).publish();
        fixtures.execute("update article set deleted_at = now() where id = ?", gone.id());
        Ref person = fixtures.person("Pictured Person");
        fixtures.execute("update person set image_id = ? where id = ?", portrait, person.id());

        asEditor().header("If-Match", "*").when().delete("/api/v1/images/" + hero)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("1 article"));
        asEditor().header("If-Match", "*").when().delete("/api/v1/images/" + inline)
                .then().statusCode(409).body("detail", containsString("1 article"));
        asEditor().header("If-Match", "*").when().delete("/api/v1/images/" + portrait)
                .then().statusCode(409).body("detail", containsString("1 person"));
        asEditor().when().delete("/api/v1/images/" + unused).then().statusCode(428);
        asEditor().header("If-Match", "\"r7-stale\"").when().delete("/api/v1/images/" + unused)
                .then().statusCode(412).body("currentRevision", equalTo(1));
        assertEquals("0", fixtures.query("select count(*) from image where deleted_at is not null"));
        assertEquals("0", fixtures.query("select count(*) from audit_log"));

        String etag = given().when().get("/api/v1/images/" + unused).then().extract().header("ETag");
        asEditor().header("If-Match", etag).when().delete("/api/v1/images/" + unused).then().statusCode(204);
        asEditor().header("If-Match", "*").when().delete("/api/v1/images/" + ofDeletedArticle).then().statusCode(204);
        fixtures.execute("update person set deleted_at = now() where id = ?", person.id());
        asEditor().header("If-Match", "*").when().delete("/api/v1/images/" + portrait).then().statusCode(204);

        given().when().get("/api/v1/images/" + unused).then().statusCode(404)
                .body("detail", equalTo("No image has the id '" + unused + "'."));
        asEditor().header("If-Match", "*").contentType(ContentType.JSON).body(image())
                .when().put("/api/v1/images/" + unused).then().statusCode(404);
        assertNotNull(fixtures.query("select deleted_at from image where id = ?", unused), "the row stays as a tombstone");
        given().when().get("/api/v1/images/" + hero).then().statusCode(200);
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit?targetId=" + unused)
                .then().statusCode(200).body("items.action", contains("delete")).body("items[0].targetKind", equalTo("image"));
    }

    @Test
    void shouldMoveTheLastModifiedOfArticlesThatShowAnEditedImage() {
        UUID hero = fixtures.image("Hero", null);
        UUID inline = fixtures.image("Inline", null);
        fixtures.execute("update image set updated_at = '2025-01-01T00:00:00Z'");
        Ref article = fixtures.article("With pictures").hero(hero).inlineImage(inline).publish();
        String path = "/api/v1/articles/" + article.slug();
        String lastModified = given().when().get(path).then().statusCode(200).extract().header("Last-Modified");

        for (UUID image : new UUID[]{hero, inline}) {
            asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"caption\": \"Corrected\"}")
                    .when().patch("/api/v1/images/" + image)
                    .then().statusCode(200);
            given().header("If-Modified-Since", lastModified).when().get(path)
                    .then().statusCode(200)
                    .header("Last-Modified", not(equalTo(lastModified)));
            fixtures.execute("update image set updated_at = '2025-01-01T00:00:00Z'");
        }
        given().when().get(path).then().body("heroImage.caption", equalTo("Corrected")).body("images[0].caption", equalTo("Corrected"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownImages() {
        given().when().get("/api/v1/images/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No image has the id '00000000-0000-0000-0000-000000000000'."));
        given().when().get("/api/v1/images/not-an-id").then().statusCode(404).contentType("application/problem+json");
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body("{\"credit\": \"x\"}")
                .when().patch("/api/v1/images/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
    }
}
