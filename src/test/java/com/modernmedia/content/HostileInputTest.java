package com.modernmedia.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.demo.DemoContentLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the OpenAPI document, called anonymously, with an editor's key and with an admin's key,
 * answers a battery of hostile input with a 4xx problem, logs no ERROR, and changes nothing: NUL and half
 * surrogate pairs in paths, query parameters and bodies, times at the edge of what Java holds, cursors that
 * carry them, an If-Match revision no number holds, and bodies that are not one JSON object (trailing
 * content, duplicate members, null, 5000 levels deep, a 100,000-digit number, invalid UTF-8). No problem
 * names a Java class.
 */
@QuarkusTest
class HostileInputTest {

    private static final String NUL = "a\u0000b";
    private static final String EDGE_OF_TIME = "+999999999-12-31T23:59:59Z";
    private static final Logger ROOT = Logger.getLogger("");
    /** What a problem's text never names: it speaks of fields and JSON, not of the classes that read them. */
    private static final List<String> JAVA_NAMES = List.of("com.modernmedia", "java.", "jakarta.", "jackson",
            "StreamReadConstraints", "Exception", "`");

    @Inject
    Fixtures fixtures;

    @Inject
    DemoContentLoader demo;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler errorRecorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private JsonNode document;
    private Map<String, String> keys;

    @BeforeEach
    void listenForErrors() {
        ROOT.addHandler(errorRecorder);
    }

    @AfterEach
    void stopListening() {
        ROOT.removeHandler(errorRecorder);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersHostileInputWithAProblemAndChangesNothing() throws IOException {
        document = OpenApiDocument.read();
        fixtures.reset();
        demo.load();
        keys = new LinkedHashMap<>();
        keys.put("anonymous", null);
        keys.put("editor", fixtures.apiKey("editor"));
        keys.put("admin", Fixtures.ADMIN_KEY);
        List<DynamicTest> tests = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            if (operation.has("operationId")) {
                tests.add(DynamicTest.dynamicTest(operation.path("operationId").asText(),
                        () -> battery(path.getKey(), entry.getKey(), operation)));
            }
        }));
        tests.add(DynamicTest.dynamicTest("nothing changed and nothing logged an error", this::nothingChanged));
        return tests.stream();
    }

    private void battery(String template, String method, JsonNode operation) {
        String path = OpenApiDocument.pathWithExamples(template, operation, null);
        for (Map.Entry<String, String> caller : keys.entrySet()) {
            String who = operation.path("operationId").asText() + " as " + caller.getKey();
            if (template.contains("{")) {
                expectRefusedText(who + ", NUL in the path", request(caller.getValue(), operation).urlEncodingEnabled(false),
                        method, OpenApiDocument.pathWithExamples(template, operation, NUL));
            }
            expectRefusedText(who + ", NUL in a query parameter", request(caller.getValue(), operation).queryParam("x", NUL),
                    method, path);
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asText().equals("query")) {
                    String name = parameter.path("name").asText();
                    expectRefusedText(who + ", NUL in " + name, request(caller.getValue(), operation).queryParam(name, NUL),
                            method, path);
                    if (name.equals("q")) {
                        // free text, where any words (a time too) are a search: SearchHostileInputTest and
                        // PersonSearchTest feed it hostile ones
                        continue;
                    }
                    String edge = name.equals("cursor") ? cursor("[\"article\",\"" + EDGE_OF_TIME + "\",\"x\"]") : EDGE_OF_TIME;
                    expectProblem(who + ", edge of time in " + name, request(caller.getValue(), operation)
                            .queryParam(name, edge), method, path, null);
                    if (name.equals("cursor")) {
                        expectProblem(who + ", NUL in a cursor", request(caller.getValue(), operation)
                                .queryParam(name, cursor("[\"article\",\"a\\u0000b\",\"x\"]")), method, path, null);
                    }
                }
            }
            if (OpenApiDocument.takesIfMatch(operation)) {
                expectProblem(who + ", an If-Match revision beyond any number", request(caller.getValue(), operation)
                        .header("If-Match", "\"r99999999999-x\""), method, path, exampleBody(operation));
            }
            if (operation.has("requestBody")) {
                for (Map.Entry<String, byte[]> body : hostileBodies(operation).entrySet()) {
                    expectProblem(who + ", " + body.getKey(), request(caller.getValue(), operation).header("If-Match", "*"),
                            method, path, body.getValue());
                }
            }
        }
    }

    /** Bodies that no operation may take, built from the operation's own example where they need one. */
    private Map<String, byte[]> hostileBodies(JsonNode operation) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        ObjectNode example = (ObjectNode) OpenApiDocument.requestExample(operation);
        String json = example.toString();
        bodies.put("NUL in every text field", utf8(withEveryText(example, NUL).toString()));
        bodies.put("half a surrogate pair", utf8(withEveryText(example, "x").toString().replace("\"x\"", "\"\\ud800\"")));
        bodies.put("content after the object", utf8(json + " {}"));
        bodies.put("a member twice", utf8("{" + json.substring(1, json.indexOf(',') > 0 ? json.indexOf(',') : json.length() - 1)
                + "," + json.substring(1)));
        bodies.put("null", utf8("null"));
        bodies.put("an array", utf8("[" + json + "]"));
        bodies.put("5000 levels deep", utf8("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        bodies.put("a 100,000-digit number", utf8("{\"x\":" + "7".repeat(100_000) + "}"));
        bodies.put("invalid UTF-8", new byte[]{'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        ObjectNode edge = example.deepCopy();
        edge.put("publishedAt", EDGE_OF_TIME);
        edge.put("expiresAt", EDGE_OF_TIME);
        bodies.put("a time at the edge of what Java holds", utf8(edge.toString()));
        return bodies;
    }

    /** Text in the path or the query is checked before anything else, whoever calls: always a 400. */
    private void expectRefusedText(String what, RequestSpecification request, String method, String path) {
        assertEquals(400, expectProblem(what, request, method, path, null), what);
    }

    private int expectProblem(String what, RequestSpecification request, String method, String path, byte[] body) {
        if (body != null) {
            request.body(body);
        }
        Response response = request.when().request(method.toUpperCase(), path);
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, what + ": " + status + " " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), what + ": " + response.contentType());
        String problem = response.asString();
        assertTrue(JAVA_NAMES.stream().noneMatch(problem::contains), what + ": the problem names Java classes: " + problem);
        assertTrue(errors.isEmpty(), what + " logged an error: " + (errors.isEmpty() ? "" : errors.get(0).getMessage()));
        return status;
    }

    private void nothingChanged() {
        assertEquals("0", fixtures.query("select count(*) from change_log"), "no write got through");
        assertEquals("0", fixtures.query("select count(*) from audit_log"), "no write got through");
        assertTrue(errors.isEmpty(), "errors were logged");
    }

    private RequestSpecification request(String key, JsonNode operation) {
        RequestSpecification request = key == null ? given() : given().auth().oauth2(key);
        JsonNode content = operation.path("requestBody").path("content");
        Iterator<String> mediaTypes = content.fieldNames();
        return mediaTypes.hasNext() ? request.contentType(mediaTypes.next()) : request;
    }

    private static byte[] exampleBody(JsonNode operation) {
        return operation.has("requestBody") ? utf8(OpenApiDocument.requestExample(operation).toString()) : null;
    }

    /** The example with every top-level text set to the value (a NUL, or a marker replaced by raw JSON). */
    private static ObjectNode withEveryText(ObjectNode example, String value) {
        ObjectNode copy = example.deepCopy();
        example.fieldNames().forEachRemaining(name -> {
            if (example.get(name).isTextual()) {
                copy.put(name, value);
            }
        });
        return copy;
    }

    private static String cursor(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(json));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
