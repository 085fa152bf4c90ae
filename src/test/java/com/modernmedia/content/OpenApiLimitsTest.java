package com.modernmedia.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.demo.DemoContentLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits the OpenAPI document states are the limits the service keeps, for every field of every create
 * and replace body (nested objects included) and every query parameter: one past a documented maxLength,
 * maxItems, maximum or minimum is a 400 naming the field; a value at the limit is not refused for it.
 */
@QuarkusTest
class OpenApiLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @Inject
    DemoContentLoader demo;

    private JsonNode document;

    @TestFactory
    Stream<DynamicTest> everyDocumentedLimitIsKept() throws IOException {
        document = OpenApiDocument.read();
        List<DynamicTest> tests = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            String method = entry.getKey();
            if ((method.equals("post") || method.equals("put")) && operation.path("requestBody").has("content")) {
                JsonNode media = operation.path("requestBody").path("content").path("application/json");
                JsonNode example = media.path("examples").elements().next().path("value");
                limitsOf(resolve(media.path("schema")), "").forEach(limit -> tests.add(DynamicTest.dynamicTest(
                        operation.path("operationId").asText() + " " + limit.field(),
                        () -> probeBody(path.getKey(), method, operation, (ObjectNode) example, limit))));
            }
            if (method.equals("get")) {
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("in").asText().equals("query") && parameter.path("schema").has("maxLength")) {
                        tests.add(DynamicTest.dynamicTest(operation.path("operationId").asText() + " ?" + parameter.path("name").asText(),
                                () -> probeQuery(path.getKey(), operation, parameter)));
                    }
                }
            }
        }));
        return tests.stream();
    }

    /** A documented limit of a field, at a dotted path into the body. */
    private record Limit(String field, String kind, int bound, JsonNode schema) {
    }

    private List<Limit> limitsOf(JsonNode schema, String prefix) {
        List<Limit> limits = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            String field = prefix + property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            for (String kind : List.of("maxLength", "maxItems", "maximum", "minimum")) {
                if (propertySchema.has(kind)) {
                    limits.add(new Limit(field, kind, propertySchema.path(kind).asInt(), propertySchema));
                }
            }
            if (propertySchema.path("type").asText().equals("object") && propertySchema.has("properties")) {
                limits.addAll(limitsOf(propertySchema, field + "."));
            }
        });
        return limits;
    }

    private void probeBody(String template, String method, JsonNode operation, ObjectNode example, Limit limit) {
        fixtures.reset();
        demo.load();
        String key = template.startsWith("/api/v1/admin/") ? Fixtures.ADMIN_KEY : fixtures.apiKey("editor");
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                path = path.replace("{" + parameter.path("name").asText() + "}", parameter.path("example").asText());
            }
        }
        JsonNode pastBody = withValue(example, limit, past(limit));
        Response past = send(method, path, key, pastBody);
        if (pastBody.toString().length() > MAX_BODY_BYTES) {
            assertEquals(413, past.statusCode(), limit + " one past the limit, over the body size: " + past.asString());
            return;
        }
        assertEquals(400, past.statusCode(), limit + " one past the limit: " + past.asString());
        assertTrue(past.jsonPath().getList("errors.field").stream().anyMatch(f -> f.toString().startsWith(limit.field())),
                limit + " not named: " + past.asString());
        Response at = send(method, path, key, withValue(example, limit, at(limit)));
        assertNotEquals(true, at.statusCode() == 400 && at.jsonPath().getList("errors", java.util.Map.class).stream()
                        .anyMatch(e -> limit.field().equals(e.get("field")) && e.get("message").toString().matches(".*(size|greater|less).*")),
                limit + " refused at the limit: " + at.asString());
    }

    /** The test profile takes bodies of up to 64 KiB (application.properties). */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    /** The value just inside the limit; an exclusive minimum is not itself allowed. */
    private static int at(Limit limit) {
        return limit.kind().equals("minimum") && limit.schema().path("exclusiveMinimum").asBoolean() ? limit.bound() + 1 : limit.bound();
    }

    /** The value just outside it. */
    private static int past(Limit limit) {
        return limit.kind().equals("minimum") ? at(limit) - 1 : limit.bound() + 1;
    }

    private Response send(String method, String path, String key, JsonNode body) {
        var request = given().auth().oauth2(key).contentType("application/json").body(body.toString());
        if (method.equals("put")) {
            request.header("If-Match", "*");
        }
        return request.when().request(method.toUpperCase(), path);
    }

    /** The example with the field set to a value of the given size (a length, a count of items, or a number). */
    private static JsonNode withValue(ObjectNode example, Limit limit, int size) {
        ObjectNode body = example.deepCopy();
        String[] names = limit.field().split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < names.length - 1; i++) {
            if (!parent.path(names[i]).isObject()) {
                parent.set(names[i], JSON.createObjectNode());
            }
            parent = (ObjectNode) parent.get(names[i]);
        }
        String name = names[names.length - 1];
        switch (limit.kind()) {
            case "maxLength" -> parent.put(name, textOf(parent.path(name).asText(""), limit.schema(), size));
            case "maxItems" -> {
                ArrayNode items = parent.putArray(name);
                for (int i = 0; i < size; i++) {
                    items.add(UUID.randomUUID().toString());
                }
            }
            default -> parent.put(name, size);
        }
        return body;
    }

    /** A text of the length that still has the shape the field asks for (a slug, a URL). */
    private static String textOf(String example, JsonNode schema, int length) {
        String start = schema.path("pattern").asText().contains("https?") ? "https://images.modernmedia.example/" : example;
        StringBuilder text = new StringBuilder(start.length() > length ? start.substring(0, length) : start);
        while (text.length() < length) {
            text.append('a');
        }
        return text.toString();
    }

    private void probeQuery(String template, JsonNode operation, JsonNode parameter) {
        String path = OpenApiDocument.pathWithExamples(template, operation, null);
        var request = operation.path("security").size() > 0 ? given().auth().oauth2(Fixtures.ADMIN_KEY) : given();
        String tooLong = "a".repeat(parameter.path("schema").path("maxLength").asInt() + 1);
        Response answer = request.queryParam(parameter.path("name").asText(), tooLong).when().get(path);
        assertEquals(400, answer.statusCode(), operation.path("operationId").asText() + " ?" + parameter.path("name").asText()
                + " one past its maxLength: " + answer.asString());
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        if (resolved.has("$ref")) {
            resolved = document.at(resolved.path("$ref").asText().substring(1));
        }
        if (resolved.has("allOf") && resolved.path("allOf").size() == 1) {
            JsonNode inner = resolve(resolved.path("allOf").get(0));
            ObjectNode merged = inner.deepCopy();
            resolved.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("allOf")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            resolved = merged;
        }
        if (resolved.has("anyOf")) {
            resolved = resolve(resolved.path("anyOf").get(0));
        }
        return resolved;
    }
}
