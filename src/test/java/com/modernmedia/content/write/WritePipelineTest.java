package com.modernmedia.content.write;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.shared.ContentChangeRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind of content writes the same way: each write that changes something raises the revision by
 * exactly one and appends one change and one audit entry; a write that changes nothing answers 200 with the
 * same revision and ETag and records nothing; a refused write records nothing.
 */
@QuarkusTest
class WritePipelineTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ContentChangeRecorder recorder;

    private String editor;
    private Ref person;
    private Ref topic;
    private Ref article;
    private UUID image;

    /** One kind as a client writes it: where, what a new one and an edit look like. */
    enum Kind {
        ARTICLE("articles", "article") {
            Map<String, Object> input(WritePipelineTest t) {
                return Map.of("headline", "Pipeline article", "body", List.of(Map.of("type", "paragraph", "text", "Words.")));
            }
        },
        PERSON("people", "person") {
            Map<String, Object> input(WritePipelineTest t) {
                return Map.of("name", "Pipeline Person");
            }
        },
        TOPIC("topics", "topic") {
            Map<String, Object> input(WritePipelineTest t) {
                return Map.of("name", "Pipeline Topic");
            }
        },
        IMAGE("images", "image") {
            Map<String, Object> input(WritePipelineTest t) {
                return Map.of("url", "https://images.test.example/pipeline.jpg", "altText", "A pipeline");
            }
        },
        QUOTE("quotes", "quote") {
            Map<String, Object> input(WritePipelineTest t) {
                return Map.of("text", "the words that were said", "personId", t.person.id().toString(),
                        "articleId", t.article.id().toString(), "blockIndex", 0);
            }
        };

        final String path;
        final String kind;

        Kind(String path, String kind) {
            this.path = "/api/v1/" + path;
            this.kind = kind;
        }

        abstract Map<String, Object> input(WritePipelineTest test);
    }

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        person = fixtures.person("Quoted Person");
        topic = fixtures.topic("Pipelines");
        image = fixtures.image("A picture", "Agency");
        article = fixtures.article("Where it was said").on(topic).quoting(person, "the words that were said").publish();
        recorder.changes().clear();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void shouldRaiseTheRevisionByOneAndAppendOneChangePerWrite(Kind kind) {
        String url = created(kind);
        assertChanges(kind, List.of("created"), List.of(1));

        patch(url, etagOf(url), firstEditableField(kind)).then().statusCode(200).body("revision", equalTo(2))
                .header("ETag", startsWith("\"r2-"));
        patch(url, etagOf(url), secondEditableField(kind)).then().statusCode(200).body("revision", equalTo(3));
        asEditor().header("If-Match", etagOf(url)).contentType(ContentType.JSON).body(kind.input(this))
                .when().put(url).then().statusCode(200).body("revision", equalTo(4));
        asEditor().header("If-Match", etagOf(url)).when().delete(url).then().statusCode(204);

        assertChanges(kind, List.of("created", "updated", "updated", "updated", "deleted"), List.of(1, 2, 3, 4, 5));
        assertEquals(5, auditEntries(kind), "one audit entry per write");
        assertEquals(5, recorder.changes().size(), "one invalidation per write");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void shouldAnswerAWriteThatChangesNothingWithTheSameRevisionAndRecordNothing(Kind kind) {
        String url = created(kind);
        String etag = etagOf(url);
        JsonPath current = asEditor().when().get(url).then().statusCode(200).extract().jsonPath();
        recorder.changes().clear();

        Response put = asEditor().header("If-Match", etag).contentType(ContentType.JSON).body(kind.input(this)).when().put(url);
        put.then().statusCode(200).header("ETag", equalTo(etag)).header("Surrogate-Key", nullValue())
                .body("revision", equalTo(1));
        patch(url, etag, Map.of()).then().statusCode(200).header("ETag", equalTo(etag)).body("revision", equalTo(1));
        patch(url, etag, Map.of(kind == Kind.IMAGE ? "altText" : kind == Kind.QUOTE ? "text" : kind == Kind.ARTICLE
                ? "headline" : "name", current.getString(kind == Kind.IMAGE ? "altText" : kind == Kind.QUOTE ? "text"
                : kind == Kind.ARTICLE ? "headline" : "name")))
                .then().statusCode(200).header("ETag", equalTo(etag)).header("Surrogate-Key", nullValue());

        assertChanges(kind, List.of("created"), List.of(1));
        assertEquals(1, auditEntries(kind), "no audit entry for a write that changes nothing");
        assertEquals(0, recorder.changes().size(), "nothing to invalidate");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void shouldRecordNothingForARefusedWrite(Kind kind) {
        String url = created(kind);
        recorder.changes().clear();

        patch(url, "\"r7-stale\"", firstEditableField(kind)).then().statusCode(412);
        patch(url, null, firstEditableField(kind)).then().statusCode(428);
        patch(url, etagOf(url), Map.of("noSuchField", 1)).then().statusCode(400);
        asEditor().header("If-Match", etagOf(url)).contentType(ContentType.JSON).body(Map.of())
                .when().put(url).then().statusCode(400);

        asEditor().when().get(url).then().body("revision", equalTo(1));
        assertChanges(kind, List.of("created"), List.of(1));
        assertEquals(1, auditEntries(kind));
        assertEquals(0, recorder.changes().size());
    }

    private String created(Kind kind) {
        Response response = asEditor().contentType(ContentType.JSON).body(kind.input(this)).when().post(kind.path);
        response.then().statusCode(201).body("revision", equalTo(1));
        return response.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    private static Map<String, Object> firstEditableField(Kind kind) {
        return switch (kind) {
            case ARTICLE -> Map.of("dek", "A new dek");
            case PERSON -> Map.of("title", "editor at large");
            case TOPIC -> Map.of("description", "Everything that flows.");
            case IMAGE -> Map.of("caption", "A new caption");
            case QUOTE -> Map.of("title", "analyst at large");
        };
    }

    private static Map<String, Object> secondEditableField(Kind kind) {
        return switch (kind) {
            case ARTICLE -> Map.of("headline", "Pipeline article, again");
            case PERSON -> Map.of("name", "Pipeline Person Jr");
            case TOPIC -> Map.of("name", "Pipelines and ducts");
            case IMAGE -> Map.of("credit", "Another agency");
            case QUOTE -> Map.of("affiliation", "Another institute");
        };
    }

    private Response patch(String url, String ifMatch, Map<String, Object> patch) {
        RequestSpecification request = asEditor().contentType("application/merge-patch+json").body(patch);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).when().patch(url);
    }

    private String etagOf(String url) {
        return asEditor().when().get(url).then().statusCode(200).extract().header("ETag");
    }

    /** The kinds, actions and revisions the change log holds for this kind, oldest first. */
    private void assertChanges(Kind kind, List<String> actions, List<Integer> revisions) {
        JsonPath log = given().auth().oauth2(Fixtures.ADMIN_KEY).when().get("/api/v1/admin/changes?limit=100")
                .then().statusCode(200).extract().jsonPath();
        Function<String, List<Object>> ofKind = field -> log.getList("items.findAll { it.kind == '" + kind.kind + "' }." + field);
        assertEquals(actions, ofKind.apply("action"), "actions");
        assertEquals(revisions, ofKind.apply("revision"), "revisions");
    }

    private int auditEntries(Kind kind) {
        return Integer.parseInt(fixtures.query("select count(*) from audit_log where target_kind = ?", kind.kind));
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor);
    }
}
