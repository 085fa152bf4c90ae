package com.modernmedia.content.article;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * schema.org as the test resources hold it (release 30.0, see formats/README.md): JSON-LD is expanded with its
 * context, loaded from the resources instead of the network, and what the expansion yields is checked against its
 * vocabulary.
 */
final class SchemaOrg {

    /** The contexts a document may name for schema.org; the tests load nothing else. */
    private static final Set<String> CONTEXT_URLS = Set.of("https://schema.org", "https://schema.org/", "http://schema.org",
            "http://schema.org/");
    /** What the context expands schema.org's terms to. */
    private static final String TERMS = "http://schema.org/";
    private static final String VOCABULARY_TERMS = "schema:";
    private static final JsonObject CONTEXT = contextWithoutVocab();
    private static final Map<String, Set<String>> DOMAINS = new HashMap<>();
    private static final Map<String, Set<String>> SUPERTYPES = new HashMap<>();

    static {
        JsonNode vocabulary = read("formats/schemaorg-current-https-30.0.jsonld");
        for (JsonNode term : vocabulary.path("@graph")) {
            String id = term.path("@id").asText();
            if (!id.startsWith(VOCABULARY_TERMS)) {
                continue;
            }
            String name = id.substring(VOCABULARY_TERMS.length());
            Set<String> kinds = ids(term.path("@type"));
            if (kinds.contains("rdf:Property")) {
                DOMAINS.put(name, names(term.path("schema:domainIncludes")));
            }
            if (kinds.contains("rdfs:Class")) {
                SUPERTYPES.put(name, names(term.path("rdfs:subClassOf")));
            }
        }
    }

    private SchemaOrg() {
    }

    /**
     * The document expanded with schema.org's context, without its {@code @vocab}: a term the context does not
     * define then fails the expansion, where the {@code @vocab} would have made it a schema.org IRI all the same.
     */
    static JsonArray expand(String document) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new StringReader(document)))
                .loader(SchemaOrg::load)
                .undefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail)
                .get();
    }

    /**
     * What in an expanded document is not schema.org: a type that is not a schema.org type, a property that is not a
     * schema.org property, or a property on a node of a type outside the property's domain.
     */
    static List<String> problems(JsonArray expanded) {
        List<String> problems = new ArrayList<>();
        expanded.forEach(node -> check(node.asJsonObject(), "$", problems));
        return problems;
    }

    private static void check(JsonObject node, String path, List<String> problems) {
        Set<String> types = new HashSet<>();
        for (JsonValue type : node.getOrDefault("@type", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            String name = term(((JsonString) type).getString());
            if (!SUPERTYPES.containsKey(name)) {
                problems.add(path + ": " + type + " is no schema.org type");
            }
            types.addAll(withSupertypes(name));
        }
        node.forEach((key, values) -> {
            if (key.startsWith("@")) {
                return;
            }
            String property = term(key);
            Set<String> domain = DOMAINS.get(property);
            if (domain == null) {
                problems.add(path + ": " + key + " is no schema.org property");
            } else if (!types.isEmpty() && domain.stream().noneMatch(types::contains)) {
                problems.add(path + ": " + property + " is not a property of " + types + " (its domain: " + domain + ")");
            }
            for (JsonValue value : values.asJsonArray()) {
                if (value instanceof JsonObject object && !object.containsKey("@value")) {
                    check(object, path + "." + property, problems);
                }
            }
        });
    }

    /** A schema.org IRI's name, or the IRI itself when it is none (which the vocabulary then does not know). */
    private static String term(String iri) {
        return iri.startsWith(TERMS) ? iri.substring(TERMS.length()) : iri;
    }

    private static Set<String> withSupertypes(String type) {
        Set<String> all = new HashSet<>();
        List<String> next = new ArrayList<>(List.of(type));
        while (!next.isEmpty()) {
            String current = next.remove(next.size() - 1);
            if (all.add(current)) {
                next.addAll(SUPERTYPES.getOrDefault(current, Set.of()));
            }
        }
        return all;
    }

    private static Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!CONTEXT_URLS.contains(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "tests load only schema.org's context, not " + url);
        }
        return JsonDocument.of(CONTEXT);
    }

    private static JsonObject contextWithoutVocab() {
        try (InputStream in = resource("formats/schemaorg-context-30.0.jsonld"); JsonReader reader = Json.createReader(in)) {
            JsonObject document = reader.readObject();
            return Json.createObjectBuilder(document)
                    .add("@context", Json.createObjectBuilder(document.getJsonObject("@context")).remove("@vocab"))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String name) {
        try (InputStream in = resource(name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return SchemaOrg.class.getClassLoader().getResourceAsStream(name);
    }

    private static Set<String> ids(JsonNode node) {
        Set<String> ids = new HashSet<>();
        (node.isArray() ? node : List.of(node)).forEach(value -> ids.add(value.isTextual() ? value.asText() : value.path("@id").asText()));
        return ids;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (String id : ids(node)) {
            if (id.startsWith(VOCABULARY_TERMS)) {
                names.add(id.substring(VOCABULARY_TERMS.length()));
            }
        }
        return names;
    }
}
