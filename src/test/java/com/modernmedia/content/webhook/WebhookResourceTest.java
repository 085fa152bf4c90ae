package com.modernmedia.content.webhook;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.shared.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Registering and managing endpoints: owners see only their own, admins all; every bad input is a 400 that says why. */
@QuarkusTest
class WebhookResourceTest {

    @Inject
    Fixtures fixtures;

    private String partner;
    private String otherPartner;

    @BeforeEach
    void keys() {
        fixtures.reset();
        partner = fixtures.apiKey("partner");
        otherPartner = fixtures.apiKey("partner");
    }

    @Test
    void shouldAuditEveryChangeOfAnEndpointWithoutItsSecret() {
        String id = as(partner).contentType("application/json")
                .body(Map.of("url", "https://partner.example/hooks", "events", List.of("article.*")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        as(partner).contentType("application/merge-patch+json").body(Map.of("enabled", false))
                .patch("/api/v1/webhooks/" + id).then().statusCode(200);
        String rotated = as(partner).post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200).extract().path("secret");
        as(partner).delete("/api/v1/webhooks/" + id).then().statusCode(204);

        assertEquals("create update rotate-secret delete", fixtures.query("select string_agg(action, ' ' order by id) from audit_log "
                + "where target_kind = 'webhook' and target_id = ?::uuid", id));
        assertEquals("0", fixtures.query("select count(*) from audit_log where detail::text like ?", "%" + rotated.substring(6, 20) + "%"),
                "no secret in the audit log");
        assertEquals("false", fixtures.query("select detail ->> 'enabled' from audit_log where target_id = ?::uuid and action = 'update'", id));
    }

    @Test
    void shouldRegisterAnEndpointAndShowItsSecretOnlyOnce() {
        String head = fixtures.query("select position::text from change_log_head");
        String secret = as(partner).contentType("application/json")
                .body(Map.of("url", "https://partner.example/hooks", "events", List.of("article.*", "topic.deleted", "article.*"),
                        "description", "Our mirror"))
                .post("/api/v1/webhooks").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/webhooks/[0-9a-f-]{36}"))
                .body("url", equalTo("https://partner.example/hooks"))
                .body("events", equalTo(List.of("article.*", "topic.deleted")))
                .body("description", equalTo("Our mirror")).body("enabled", equalTo(true))
                .body("disabledReason", nullValue()).body("position", equalTo(Integer.parseInt(head)))
                .extract().path("secret");
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);

        as(partner).get("/api/v1/webhooks").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].secret", nullValue()).body("items[0].url", equalTo("https://partner.example/hooks"));
    }

    @Test
    void shouldShowAndLetManageAnEndpointOnlyToItsOwnerAndAdmins() {
        String id = register(partner);
        String path = "/api/v1/webhooks/" + id;

        as(otherPartner).get(path).then().statusCode(404).body("type", containsString("not-found"));
        as(otherPartner).contentType("application/merge-patch+json").body(Map.of("enabled", false)).patch(path).then().statusCode(404);
        as(otherPartner).delete(path).then().statusCode(404);
        as(otherPartner).post(path + "/rotate-secret").then().statusCode(404);
        as(otherPartner).get(path + "/deliveries").then().statusCode(404);
        as(otherPartner).get("/api/v1/webhooks").then().statusCode(200).body("items", hasSize(0));
        given().get(path).then().statusCode(401);

        as(Fixtures.ADMIN_KEY).get(path).then().statusCode(200).body("id", equalTo(id));
        as(Fixtures.ADMIN_KEY).get("/api/v1/webhooks").then().statusCode(200).body("items.id", hasItem(id));
        as(partner).get(path).then().statusCode(200);
        as(partner).delete(path).then().statusCode(204);
        as(partner).get(path).then().statusCode(404);
    }

    @Test
    void shouldChangeAnEndpointByMergePatchAndCheckItAsWhenRegistered() {
        String id = register(partner);
        String path = "/api/v1/webhooks/" + id;

        as(partner).contentType("application/merge-patch+json")
                .body(Map.of("events", List.of("*"), "enabled", false, "description", "paused"))
                .patch(path).then().statusCode(200).body("events", equalTo(List.of("*")))
                .body("enabled", equalTo(false)).body("description", equalTo("paused"))
                .body("url", equalTo("https://partner.example/hooks"));
        as(partner).contentType("application/merge-patch+json").body("{\"url\": \"ftp://partner.example/\"}")
                .patch(path).then().statusCode(400).body("errors[0].field", equalTo("url"));
        as(partner).contentType("application/merge-patch+json").body("{\"events\": [\"article.exploded\"]}")
                .patch(path).then().statusCode(400).body("errors[0].field", equalTo("events"));
        as(partner).contentType("application/merge-patch+json").body("{\"enabled\": null}")
                .patch(path).then().statusCode(400).body("errors[0].field", equalTo("enabled"));
        as(partner).contentType("application/merge-patch+json").body("{\"secret\": \"whsec_x\"}")
                .patch(path).then().statusCode(400);
    }

    @Test
    void shouldRefuseABadUrlOrEventTypeWithA400NamingTheField() {
        Map<String, String> badUrls = Map.of(
                "ftp://partner.example/hooks", "https",
                "/hooks", "absolute",
                "https://user:secret@partner.example/hooks", "user name or password",
                "https://partner.example/" + "a".repeat(2000), "2000",
                "https://", "valid URL",
                "https://partner example/", "valid URL");
        badUrls.forEach((url, says) -> as(partner).contentType("application/json")
                .body(Map.of("url", url, "events", List.of("*"))).post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("url"))
                .body("errors.message", hasItem(containsString(says))));

        for (List<String> events : List.<List<String>>of(List.of(), List.of("article.exploded"), List.of("articles.*"), List.of("article"),
                List.of("**"))) {
            as(partner).contentType("application/json").body(Map.of("url", "https://partner.example/", "events", events))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("events")));
        }
        as(partner).contentType("application/json").body(Map.of("events", List.of("*"))).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors.field", hasItem("url"));
        as(partner).contentType("application/json").body(Map.of("url", "https://partner.example/", "events", List.of("*"),
                "secret", "mine")).post("/api/v1/webhooks").then().statusCode(400);
        as(partner).get("/api/v1/webhooks").then().statusCode(200).body("items", hasSize(0));
        as(partner).get("/api/v1/webhooks/" + UUID.randomUUID()).then().statusCode(404);
        as(partner).get("/api/v1/webhooks?limit=0").then().statusCode(400);
        as(partner).get("/api/v1/webhooks?cursor=nonsense").then().statusCode(400);
    }

    @Test
    void shouldTakeEveryKnownEventTypeAndWildcard() {
        List<String> all = List.of("*", "article.*", "person.published", "topic.updated", "quote.unpublished", "image.deleted");
        as(partner).contentType("application/json").body(Map.of("url", "http://127.0.0.1:9/", "events", all))
                .post("/api/v1/webhooks").then().statusCode(201).body("events", equalTo(all));
    }

    @Test
    void shouldRefusePlainHttpWhereItIsNotAllowed() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> WebhookUrls.check("http://partner.example/hooks", false));
        assertEquals("url", refused.errors().get(0).field());
        assertEquals("https://partner.example/hooks", WebhookUrls.check("https://partner.example/hooks", false));
    }

    @Test
    void shouldPageTheListNewestFirst() {
        for (int i = 0; i < 3; i++) {
            register(partner);
        }
        String next = as(partner).get("/api/v1/webhooks?limit=2&total=true").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(3)).extract().path("next");
        as(partner).queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/webhooks").then().statusCode(200)
                .body("items", hasSize(1)).body("next", nullValue());
        as(otherPartner).get("/api/v1/webhooks?total=true").then().statusCode(200).body("total", equalTo(0))
                .body("items", not(hasItem(nullValue())));
    }

    private String register(String key) {
        return as(key).contentType("application/json")
                .body(Map.of("url", "https://partner.example/hooks", "events", List.of("article.*")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String key) {
        return given().auth().oauth2(key);
    }
}
