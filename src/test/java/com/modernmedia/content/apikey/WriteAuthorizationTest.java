package com.modernmedia.content.apikey;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every operation that needs a key, against every role and no key: no key is a
 * 401, a role below the one needed a 403, and the needed role or above gets
 * past authorization (whatever the operation then answers).
 */
@QuarkusTest
class WriteAuthorizationTest {

    private record Operation(String method, String path, String role) {
    }

    @Inject
    Fixtures fixtures;

    @Test
    void shouldLetEachRoleDoExactlyWhatItMay() {
        fixtures.reset();
        Ref topic = fixtures.topic("Guarded topic");
        Ref person = fixtures.person("Guarded person");
        Ref article = fixtures.article("Guarded article").on(topic).quoting(person, "guarded words").publish();
        String image = fixtures.image("Guarded image", "Agency").toString();
        String quote = fixtures.query("select id::text from quote");
        String keyId = fixtures.query("select id::text from api_key where name = 'bootstrap-admin'");
        List<Operation> operations = List.of(
                new Operation("POST", "/api/v1/articles", "editor"),
                new Operation("PUT", "/api/v1/articles/" + article.slug(), "editor"),
                new Operation("PATCH", "/api/v1/articles/" + article.slug(), "editor"),
                new Operation("DELETE", "/api/v1/articles/" + article.slug(), "editor"),
                new Operation("POST", "/api/v1/articles/" + article.slug() + "/publish", "editor"),
                new Operation("POST", "/api/v1/articles/" + article.slug() + "/unpublish", "editor"),
                new Operation("GET", "/api/v1/articles/" + article.slug() + "/revisions", "editor"),
                new Operation("GET", "/api/v1/articles/" + article.slug() + "/revisions/1", "editor"),
                new Operation("GET", "/api/v1/preview/articles/" + article.id(), "editor"),
                new Operation("POST", "/api/v1/topics", "editor"),
                new Operation("PUT", "/api/v1/topics/" + topic.slug(), "editor"),
                new Operation("PATCH", "/api/v1/topics/" + topic.slug(), "editor"),
                new Operation("DELETE", "/api/v1/topics/" + topic.slug(), "editor"),
                new Operation("POST", "/api/v1/people", "editor"),
                new Operation("PUT", "/api/v1/people/" + person.slug(), "editor"),
                new Operation("PATCH", "/api/v1/people/" + person.slug(), "editor"),
                new Operation("DELETE", "/api/v1/people/" + person.slug(), "editor"),
                new Operation("POST", "/api/v1/images", "editor"),
                new Operation("PUT", "/api/v1/images/" + image, "editor"),
                new Operation("PATCH", "/api/v1/images/" + image, "editor"),
                new Operation("DELETE", "/api/v1/images/" + image, "editor"),
                new Operation("POST", "/api/v1/quotes", "editor"),
                new Operation("PUT", "/api/v1/quotes/" + quote, "editor"),
                new Operation("PATCH", "/api/v1/quotes/" + quote, "editor"),
                new Operation("DELETE", "/api/v1/quotes/" + quote, "editor"),
                new Operation("POST", "/api/v1/admin/keys", "admin"),
                new Operation("GET", "/api/v1/admin/keys", "admin"),
                new Operation("GET", "/api/v1/admin/keys/" + keyId, "admin"),
                new Operation("DELETE", "/api/v1/admin/keys/00000000-0000-4000-8000-000000000000", "admin"),
                new Operation("GET", "/api/v1/admin/audit", "admin"));
        Map<String, String> keys = Map.of("partner", fixtures.apiKey("partner"), "editor", fixtures.apiKey("editor"),
                "admin", fixtures.apiKey("admin"));
        List<String> ranks = List.of("partner", "editor", "admin");

        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            expect(wrong, operation, "no key", given(), 401);
            for (String role : ranks) {
                boolean allowed = ranks.indexOf(role) >= ranks.indexOf(operation.role());
                expect(wrong, operation, role, given().auth().oauth2(keys.get(role)), allowed ? 0 : 403);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** expected 0 means: anything but 401 and 403. A write sent here is stale (If-Match r0), so it changes nothing. */
    private static void expect(List<String> wrong, Operation operation, String caller, RequestSpecification request, int expected) {
        int status = request.header("If-Match", "\"r0-stale\"").contentType(operation.method().equals("PATCH")
                        ? "application/merge-patch+json" : ContentType.JSON.toString())
                .body(operation.method().equals("GET") || operation.method().equals("DELETE") ? "" : "{}")
                .when().request(operation.method(), operation.path()).then().extract().statusCode();
        boolean ok = expected == 0 ? status != 401 && status != 403 : status == expected;
        if (!ok) {
            wrong.add(operation.method() + " " + operation.path() + " as " + caller + ": " + status
                    + (expected == 0 ? " (expected to pass)" : " (expected " + expected + ")"));
        }
    }
}
