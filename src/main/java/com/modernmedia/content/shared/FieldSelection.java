package com.modernmedia.content.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code fields=} parameter: which fields of a representation the client
 * wants, as dotted paths into embedded relations ({@code headline,authors.name}).
 * Paths are checked against the response record type, so a typo is a 400, not
 * a silently empty answer.
 */
public final class FieldSelection {

    private final Map<String, FieldSelection> children;

    private FieldSelection(Map<String, FieldSelection> children) {
        this.children = children;
    }

    /** Parses and checks the parameter against the record type the endpoint answers with. */
    public static FieldSelection parse(String fields, Class<?> recordType) {
        FieldSelection root = new FieldSelection(new LinkedHashMap<>());
        for (String raw : fields.split(",")) {
            String path = raw.strip();
            if (path.isEmpty()) {
                continue;
            }
            FieldSelection node = root;
            Type type = recordType;
            String walked = "";
            for (String name : path.split("\\.", -1)) {
                Class<?> current = elementClass(type);
                if (!current.isRecord()) {
                    throw ProblemException.invalidParameter("fields",
                            "'" + walked + "' has no fields to select, in '" + path + "'");
                }
                RecordComponent component = Arrays.stream(current.getRecordComponents())
                        .filter(c -> c.getName().equals(name)).findFirst()
                        .orElseThrow(() -> ProblemException.invalidParameter("fields", "unknown field '"
                                + name + "' in '" + path + "'; known fields" + (current == recordType ? "" : " of that relation")
                                + ": " + Arrays.stream(current.getRecordComponents()).map(RecordComponent::getName)
                                .collect(Collectors.joining(", "))));
                type = component.getGenericType();
                walked = walked.isEmpty() ? name : walked + "." + name;
                node = node.children.computeIfAbsent(name, n -> new FieldSelection(new LinkedHashMap<>()));
            }
        }
        if (root.children.isEmpty()) {
            throw ProblemException.invalidParameter("fields", "names no field; give a comma-separated list such as headline,authors.name");
        }
        return root;
    }

    /** Keeps only the selected fields of an object, or of each object in an array. */
    public void applyTo(JsonNode node) {
        if (children.isEmpty() || node == null) {
            return; // a leaf: the whole value is wanted
        }
        if (node instanceof ArrayNode array) {
            array.forEach(this::applyTo);
        } else if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                FieldSelection child = children.get(field.getKey());
                if (child == null) {
                    fields.remove();
                } else {
                    child.applyTo(field.getValue());
                }
            }
        }
    }

    /** The class of a value, or of the elements of a collection value. */
    private static Class<?> elementClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return elementClass(p.getActualTypeArguments()[0]);
            }
            return raw;
        }
        return Object.class;
    }
}
