package com.modernmedia.content.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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

    /** Longest fields= taken: every field of the largest representation fits many times over. */
    public static final int MAX_LENGTH = 1000;

    private final Map<String, FieldSelection> children;

    private FieldSelection(Map<String, FieldSelection> children) {
        this.children = children;
    }

    /** Parses and checks the parameter against the record type the endpoint answers with. */
    public static FieldSelection parse(String fields, Type recordType) {
        if (fields.length() > MAX_LENGTH) {
            throw ProblemException.invalidParameter("fields", "must have at most " + MAX_LENGTH + " characters");
        }
        FieldSelection root = new FieldSelection(new LinkedHashMap<>());
        for (String raw : fields.split(",")) {
            String path = raw.strip();
            if (path.isEmpty()) {
                continue;
            }
            FieldSelection node = root;
            Type type = recordType;
            Map<TypeVariable<?>, Type> bindings = Map.of();
            String walked = "";
            for (String name : path.split("\\.", -1)) {
                Type current = valueType(type, bindings);
                Class<?> currentClass = rawClass(current);
                if (!currentClass.isRecord()) {
                    throw ProblemException.invalidParameter("fields",
                            "'" + walked + "' has no fields to select, in '" + path + "'");
                }
                RecordComponent component = Arrays.stream(currentClass.getRecordComponents())
                        .filter(c -> c.getName().equals(name)).findFirst()
                        .orElseThrow(() -> ProblemException.invalidParameter("fields", "unknown field '"
                                + name + "' in '" + path + "'; known fields" + (currentClass == recordType ? "" : " there")
                                + ": " + Arrays.stream(currentClass.getRecordComponents()).map(RecordComponent::getName)
                                .collect(Collectors.joining(", "))));
                bindings = bindingsOf(current);
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

    /** The type of a value, or of the elements of a collection value, with type variables bound. */
    private static Type valueType(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return valueType(bindings.getOrDefault(variable, Object.class), Map.of());
        }
        if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(rawClass(p))) {
            return valueType(p.getActualTypeArguments()[0], bindings);
        }
        return type;
    }

    /** What the type variables of a generic record (such as Page&lt;T&gt;) stand for in this use of it. */
    private static Map<TypeVariable<?>, Type> bindingsOf(Type type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = rawClass(p).getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], p.getActualTypeArguments()[i]);
            }
        }
        return bindings;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    }
}
