package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * JSON Merge Patch (RFC 7396) over a resource's editable fields. The patch is read as strictly as any body
 * (Jackson with the service's limits: valid UTF-8, one JSON object and nothing after it, each member once,
 * bounded nesting and numbers), merged with JSON-P into the current input document, and the result is read
 * and validated exactly like a full replacement.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(T current, byte[] patch, Class<T> type) {
        JsonNode members = read(patch);
        try {
            JsonValue target = jsonp(mapper.writeValueAsString(current));
            String patched = Json.createMergePatch(jsonp(members.toString())).apply(target).toString();
            T result = mapper.readValue(patched, type);
            Set<ConstraintViolation<T>> violations = validator.validate(result);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return result;
        } catch (JsonProcessingException e) {
            throw new UncheckedJson(e);
        }
    }

    /** The names the patch sets at its top level. */
    public Set<String> topLevelFields(byte[] patch) {
        Set<String> names = new LinkedHashSet<>();
        read(patch).fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The patch as a JSON object; anything else is a 400. */
    private JsonNode read(byte[] patch) {
        if (patch == null || patch.length == 0) {
            throw ProblemException.malformedJson("The merge patch is empty: send a JSON object of the fields to change.");
        }
        try {
            JsonNode members = mapper.readTree(patch);
            if (members == null || !members.isObject()) {
                throw ProblemException.malformedJson("A merge patch must be a JSON object of the fields to change.");
            }
            return members;
        } catch (JsonProcessingException e) {
            throw new UncheckedJson(e);
        } catch (IOException e) {
            throw ProblemException.malformedJson("The merge patch could not be read.");
        }
    }

    private static JsonValue jsonp(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    /** Carries a Jackson error (a mistyped field) to the mapper that names the field. */
    public static class UncheckedJson extends RuntimeException {
        public UncheckedJson(JsonProcessingException cause) {
            super(cause);
        }
    }
}
