package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** What the service refuses to read, and how it says so: each a 400 naming the field, nothing stored. */
@QuarkusTest
class StrictInputTest {

    @Inject
    Fixtures fixtures;

    private String editor;
    private Ref topic;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        topic = fixtures.topic("Harbours");
    }

    @Test
    void shouldRefuseTextThePostgresqlCannotStoreOrThatIsNotUnicode() {
        asEditor().contentType(ContentType.JSON).body("{\"name\": \"a\\u0000b\"}").when().post("/api/v1/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain a NUL character"));
        asEditor().contentType(ContentType.JSON).body("{\"name\": \"a\\ud800b\"}").when().post("/api/v1/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("surrogate"));
        given().when().get("/api/v1/articles?topic=a%00b").then().statusCode(400).body("errors[0].field", equalTo("topic"));
        given().urlEncodingEnabled(false).when().get("/api/v1/topics/a%00b")
                .then().statusCode(400).body("type", containsString("invalid-path"));
        assertTopics(1);
    }

    @Test
    void shouldRefuseTimesJavaCanHoldButTheServiceDoesNotTake() {
        given().when().get("/api/v1/articles?publishedAfter=+999999999-12-31T23:59:59Z")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedAfter"));
        asEditor().contentType(ContentType.JSON)
                .body("{\"headline\": \"Far off\", \"publishedAt\": \"+999999999-12-31T23:59:59Z\"}")
                .when().post("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedAt"))
                .body("errors[0].message", containsString("1900"));
        given().auth().oauth2(Fixtures.ADMIN_KEY).contentType(ContentType.JSON)
                .body("{\"name\": \"far-off\", \"role\": \"partner\", \"expiresAt\": \"+999999999-12-31T23:59:59Z\"}")
                .when().post("/api/v1/admin/keys").then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
    }

    @Test
    void shouldReadAPatchAsStrictlyAsAnyBody() {
        patch("null").then().statusCode(400).body("type", containsString("malformed-json"))
                .body("detail", containsString("JSON object"));
        patch("[]").then().statusCode(400).body("type", containsString("malformed-json"));
        patch("{\"name\": \"One\", \"name\": \"Two\"}").then().statusCode(400).body("type", containsString("malformed-json"));
        patch("{\"name\": \"One\"} {\"name\": \"Two\"}").then().statusCode(400).body("type", containsString("malformed-json"));
        patch("{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}").then().statusCode(400)
                .body("detail", containsString("nest at most"));
        patch("{\"description\": " + "7".repeat(2_000) + "}").then().statusCode(400)
                .body("detail", containsString("digits")).body("detail", not(containsString("StreamReadConstraints")));
        asEditor().header("If-Match", "*").contentType("application/merge-patch+json")
                .body(new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .when().patch("/api/v1/topics/" + topic.slug()).then().statusCode(400);

        given().when().get("/api/v1/topics/" + topic.slug()).then().body("name", equalTo("Harbours")).body("revision", equalTo(1));
    }

    @Test
    void shouldNeverNameAJavaClassInAProblem() {
        asEditor().contentType(ContentType.JSON).body("[{\"name\": \"x\"}]").when().post("/api/v1/topics")
                .then().statusCode(400).body("detail", equalTo("The request body is not valid JSON: the body must be a JSON object."));
        asEditor().contentType(ContentType.JSON).body("{\"name\": \"x\", \"name\": \"y\"}").when().post("/api/v1/topics")
                .then().statusCode(400).body(not(containsString("com.modernmedia")));
    }

    @Test
    void shouldAnswerAnIfMatchRevisionBeyondAnyNumberAsStale() {
        asEditor().header("If-Match", "\"r99999999999-x\"").contentType("application/merge-patch+json").body("{\"name\": \"x\"}")
                .when().patch("/api/v1/topics/" + topic.slug()).then().statusCode(412).body("currentRevision", equalTo(1));
    }

    private io.restassured.response.Response patch(String body) {
        return asEditor().header("If-Match", "*").contentType("application/merge-patch+json").body(body)
                .when().patch("/api/v1/topics/" + topic.slug());
    }

    private void assertTopics(int count) {
        org.junit.jupiter.api.Assertions.assertEquals(String.valueOf(count), fixtures.query("select count(*) from topic"));
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor);
    }
}
