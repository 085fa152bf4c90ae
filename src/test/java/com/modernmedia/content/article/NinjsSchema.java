package com.modernmedia.content.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * IPTC's official JSON Schemas of ninjs 3.2 and 3.1 as the test resources hold them (see formats/README.md), with
 * their formats (date-time, uri) asserted. Each is registered under its own URI, and nothing is fetched.
 */
final class NinjsSchema {

    private static final Map<String, Schema> BY_VERSION = Map.of("3.2", load("3.2"), "3.1", load("3.1"));

    private NinjsSchema() {
    }

    /** What the schema of the version finds wrong with the document, one message each; empty when it is valid. */
    static List<String> errors(String version, String document) throws IOException {
        return BY_VERSION.get(version).validate(new ObjectMapper().readTree(document)).stream().map(Error::toString).toList();
    }

    private static Schema load(String version) {
        String uri = "http://www.iptc.org/std/ninjs/ninjs-schema_" + version + ".json";
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, registry -> registry
                        .schemas(Map.of(uri, read("formats/ninjs-schema_" + version + ".json")))
                        .schemaLoader(loader -> loader.fetchRemoteResources(false))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                .getSchema(SchemaLocation.of(uri));
    }

    private static String read(String name) {
        try (InputStream in = NinjsSchema.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
