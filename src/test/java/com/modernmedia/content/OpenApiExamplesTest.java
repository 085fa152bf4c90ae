package com.modernmedia.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.modernmedia.content.demo.DemoContentLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example in the OpenAPI document works as Swagger UI's "Try it out" sends it, against the demo
 * magazine freshly loaded: each write operation with its request example (with a key, and If-Match from a
 * GET), and each read with its path examples and then with each query parameter's example. Every answer is
 * also checked against the documented response (ContractValidation).
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Inject
    Fixtures fixtures;

    @Inject
    DemoContentLoader demo;

    @TestFactory
    Stream<DynamicTest> everyDocumentedExampleSucceedsAgainstTheDemoMagazine() throws IOException {
        JsonNode document = OpenApiDocument.read();
        List<DynamicTest> tests = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().path(method);
            if (!operation.isMissingNode()) {
                tests.add(DynamicTest.dynamicTest(operation.path("operationId").asText(),
                        () -> tryOut(document, path.getKey(), method, operation)));
            }
        }));
        return tests.stream();
    }

    private void tryOut(JsonNode document, String template, String method, JsonNode operation) {
        fixtures.reset();
        demo.load();
        String key = template.startsWith("/api/v1/admin/") ? Fixtures.ADMIN_KEY : fixtures.apiKey("editor");
        if (template.startsWith("/api/v1/webhooks")) {
            // Each key sees only its own endpoints; the example endpoint is the admin's.
            fixtures.webhookExample();
            key = Fixtures.ADMIN_KEY;
        }
        String path = withPathExamples(template, operation);
        if (method.equals("get")) {
            expectSuccess(withRequiredQuery(request(operation, key), operation), method, path, operation);
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asText().equals("query") && parameter.has("example")) {
                    expectSuccess(withRequiredQuery(request(operation, key), operation).queryParam(parameter.path("name").asText(),
                            parameter.path("example").asText()), method, path, operation);
                }
            }
            return;
        }
        RequestSpecification request = request(operation, key);
        if (OpenApiDocument.takesIfMatch(operation)) {
            String resource = path.replaceFirst("/(publish|unpublish)$", "");
            request.header("If-Match", given().auth().oauth2(key).when().get(resource).then().statusCode(200)
                    .extract().header("ETag"));
        }
        JsonNode content = operation.path("requestBody").path("content");
        Iterator<Map.Entry<String, JsonNode>> mediaTypes = content.fields();
        if (mediaTypes.hasNext()) {
            Map.Entry<String, JsonNode> mediaType = mediaTypes.next();
            JsonNode examples = mediaType.getValue().path("examples");
            assertTrue(examples.size() > 0, operation.path("operationId").asText() + " documents no request example");
            request.contentType(mediaType.getKey()).body(examples.elements().next().path("value").toString());
        }
        expectSuccess(request, method, path, operation);
    }

    /** A required query parameter (search's q) takes its example in every try of the others. */
    private static RequestSpecification withRequiredQuery(RequestSpecification request, JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                request.queryParam(parameter.path("name").asText(), parameter.path("example").asText());
            }
        }
        return request;
    }

    private static RequestSpecification request(JsonNode operation, String key) {
        boolean needsKey = operation.path("security").size() > 0;
        return needsKey ? given().auth().oauth2(key) : given();
    }

    private static void expectSuccess(RequestSpecification request, String method, String path, JsonNode operation) {
        Response response = request.when().request(method.toUpperCase(), path);
        assertTrue(response.statusCode() >= 200 && response.statusCode() < 300, operation.path("operationId").asText()
                + " " + method.toUpperCase() + " " + path + " answered " + response.statusCode() + ": " + response.asString());
    }

    private static String withPathExamples(String template, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                assertTrue(parameter.has("example"), operation.path("operationId").asText() + " has no example for "
                        + parameter.path("name").asText());
                path = path.replace("{" + parameter.path("name").asText() + "}", parameter.path("example").asText());
            }
        }
        return path;
    }
}
