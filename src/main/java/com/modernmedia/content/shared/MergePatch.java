package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.StringReader;
import java.util.Set;

/**
 * JSON Merge Patch (RFC 7396) over a resource's editable fields, through
 * JSON-P: the patch is applied to the current input document, and the result
 * is read and validated exactly like a full replacement.
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

    public <T> T apply(T current, String patch, Class<T> type) {
        JsonValue patchValue = parse(patch);
        try {
            JsonValue target = parse(mapper.writeValueAsString(current));
            String patched = Json.createMergePatch(patchValue).apply(target).toString();
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

    /** The names the patch sets at its top level (none when it is not an object). */
    public Set<String> topLevelFields(String patch) {
        JsonValue value = parse(patch);
        return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject().keySet() : Set.of();
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            throw ProblemException.malformedJson("The merge patch is empty.");
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw ProblemException.malformedJson("The merge patch is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw ProblemException.malformedJson("The merge patch could not be read.");
        }
    }

    /** Carries a Jackson error (a mistyped field) to the mapper that names the field. */
    public static class UncheckedJson extends RuntimeException {
        public UncheckedJson(JsonProcessingException cause) {
            super(cause);
        }
    }
}
