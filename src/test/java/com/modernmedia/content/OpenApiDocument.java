package com.modernmedia.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The committed OpenAPI document as the tests that are driven by it read it: operations, examples, headers. */
final class OpenApiDocument {

    private static final Path DOCUMENT = Path.of("docs/openapi.yaml");

    private OpenApiDocument() {
    }

    static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path with each path parameter set to its documented example, or to the replacement when one is given. */
    static String pathWithExamples(String template, JsonNode operation, String replacement) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                String value = replacement != null ? replacement : parameter.path("example").asText();
                path = path.replace("{" + parameter.path("name").asText() + "}", value.replace("\u0000", "%00"));
            }
        }
        return path;
    }

    static boolean takesIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("$ref").asText().endsWith("/IfMatch")) {
                return true;
            }
        }
        return false;
    }

    /** The first example of the operation's first request media type. */
    static JsonNode requestExample(JsonNode operation) {
        JsonNode media = operation.path("requestBody").path("content").elements().next();
        return media.path("examples").elements().next().path("value");
    }
}
