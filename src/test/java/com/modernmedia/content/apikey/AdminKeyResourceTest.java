package com.modernmedia.content.apikey;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AdminKeyResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ApiKeyService keys;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldCreateAKeyShownOnceAndStoredOnlyAsItsHash() {
        var created = given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "newsroom-cms", "role", "editor"))
                .when().post("/api/v1/admin/keys")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/admin/keys/[0-9a-f-]{36}"))
                .header("Cache-Control", equalTo("no-store"))
                .body("name", equalTo("newsroom-cms"))
                .body("role", equalTo("editor"))
                .body("key", startsWith("cak_"))
                .body("prefix", startsWith("cak_"))
                .extract();
        String key = created.path("key");
        String id = created.path("id");

        org.junit.jupiter.api.Assertions.assertTrue(key.length() >= 4 + 43, "256 random bits, base64url");
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/keys/" + id)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .body("name", equalTo("newsroom-cms"))
                .body("prefix", equalTo(key.substring(0, 8)))
                .body("$", not(hasKey("key")));
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/keys")
                .then().statusCode(200)
                .body("items.name", hasItem("newsroom-cms"))
                .body("items.find { it.name == 'newsroom-cms' }", not(hasKey("key")));
        given().auth().oauth2(key).when().get("/api/v1/admin/keys").then().statusCode(403);
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/keys/" + id)
                .then().statusCode(200).body("lastUsedAt", notNullValue());
    }

    @Test
    void shouldReplaceTheBootstrapKeyWhenTheEnvironmentGivesAnother() {
        String rotated = "rotated-admin-key-not-secret-0123456789";
        try {
            keys.bootstrap(rotated);

            given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/keys").then().statusCode(401);
            given().auth().oauth2(rotated).when().get("/api/v1/admin/keys").then().statusCode(200);
        } finally {
            keys.bootstrap(Fixtures.ADMIN_KEY);
        }
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/keys").then().statusCode(200);
        given().auth().oauth2(rotated).when().get("/api/v1/admin/keys").then().statusCode(401);
    }

    @Test
    void shouldNeverStoreTheKeyItself() {
        String key = given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "partner-feed", "role", "partner"))
                .when().post("/api/v1/admin/keys").then().statusCode(201).extract().path("key");

        String rows = fixtures.query("select string_agg(key_hash || key_prefix || name, ',') from api_key");
        org.junit.jupiter.api.Assertions.assertFalse(rows.contains(key), "the key must not be stored");
        org.junit.jupiter.api.Assertions.assertTrue(rows.contains(ApiKeyService.hash(key)), "its SHA-256 is");
    }

    @Test
    void shouldRevokeAKeyAtOnceAndRecordItInTheAuditLog() {
        var created = given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "short-lived", "role", "admin"))
                .when().post("/api/v1/admin/keys").then().statusCode(201).extract();
        String key = created.path("key");
        given().auth().oauth2(key).when().get("/api/v1/admin/keys").then().statusCode(200);

        given().auth().oauth2(Fixtures.ADMIN_KEY).when().delete("/api/v1/admin/keys/" + created.path("id"))
                .then().statusCode(204);
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().delete("/api/v1/admin/keys/" + created.path("id"))
                .then().statusCode(204);

        given().auth().oauth2(key).when().get("/api/v1/admin/keys")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/keys/" + created.path("id"))
                .then().statusCode(200).body("revokedAt", notNullValue());
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("items.action", contains("revoke", "create"))
                .body("items.keyName", contains("bootstrap-admin", "bootstrap-admin"))
                .body("items[0].targetKind", equalTo("api-key"))
                .body("items[0].targetId", equalTo(created.path("id")));
    }

    @Test
    void shouldRefuseMissingWrongExpiredAndMalformedKeys() {
        String expired = fixtures.apiKey("admin", Instant.now().minusSeconds(60));

        given().when().get("/api/v1/admin/keys")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"content-api\""))
                .body("type", endsWith("/unauthorized"))
                .body("detail", containsString("Authorization: Bearer"));
        given().auth().oauth2("cak_not-a-key").when().get("/api/v1/admin/keys")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(expired).when().get("/api/v1/admin/keys").then().statusCode(401);
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").when().get("/api/v1/admin/keys").then().statusCode(401);
        given().header("Authorization", "Bearer ").when().get("/api/v1/admin/keys").then().statusCode(401);
    }

    @Test
    void shouldValidateNewKeys() {
        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", " ", "role", "editor", "expiresAt", "2020-01-01T00:00:00Z"))
                .when().post("/api/v1/admin/keys")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("expiresAt", "name"));
        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "superuser"))
                .when().post("/api/v1/admin/keys")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", equalTo("must be one of partner, editor, admin"));
        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "editor", "rol", "admin"))
                .when().post("/api/v1/admin/keys")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("rol"))
                .body("errors[0].message", equalTo("is not a field of this resource"));
        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON).body("")
                .when().post("/api/v1/admin/keys")
                .then().statusCode(400);
        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.TEXT).body("name=x")
                .when().post("/api/v1/admin/keys")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseASecondActiveKeyWithTheSameName() {
        for (int status : new int[]{201, 409}) {
            given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                    .body(Map.of("name", "twin", "role", "partner"))
                    .when().post("/api/v1/admin/keys").then().statusCode(status);
        }
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownKeyId() {
        given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/keys/7d9c4c58-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldNeverStoreOrReplayANewKeyForAnIdempotencyKey() {
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON).header("Idempotency-Key", "same")
                    .body(Map.of("name", "tool-" + i, "role", "partner"))
                    .when().post("/api/v1/admin/keys").then().statusCode(201).header("Idempotent-Replayed", nullValue());
        }
        org.junit.jupiter.api.Assertions.assertEquals("0", fixtures.query("select count(*) from idempotent_request"));
    }

    @Test
    void shouldRefuseAWrongKeyEvenWhereNoKeyIsNeeded() {
        given().auth().oauth2("cak_wrong").when().get("/api/v1/articles")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(fixtures.apiKey("partner", Instant.now().minusSeconds(5))).when().get("/api/v1/topics")
                .then().statusCode(401);
    }

    @Test
    void shouldLetAnExpiredKeysNameBeTakenAgain() {
        fixtures.execute("insert into api_key (id, name, role, key_hash, key_prefix, expires_at) values "
                + "(gen_random_uuid(), 'reused', 'partner', repeat('a', 64), 'cak_aaaa', now() - interval '1 day')");

        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON).body(Map.of("name", "reused", "role", "partner"))
                .when().post("/api/v1/admin/keys").then().statusCode(201);
    }

    @Test
    void shouldNotLetSharedCachesKeepWhatWasReadWithAKey() {
        fixtures.article("Public story").publish();

        given().auth().oauth2(fixtures.apiKey("partner")).when().get("/api/v1/articles")
                .then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        given().when().get("/api/v1/articles")
                .then().statusCode(200).header("Cache-Control", startsWith("public"));
    }
}
