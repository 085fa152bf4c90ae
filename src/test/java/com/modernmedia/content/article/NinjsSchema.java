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
 * IPTC's official JSON Schema of ninjs 3.2 as the test resources hold it (see formats/README.md), with its formats
 * (date-time, uri) asserted. It is registered under its own URI, and nothing is fetched.
 */
final class NinjsSchema {

    static final String URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json";
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, registry -> registry
                    .schemas(Map.of(URI, read("formats/ninjs-schema_3.2.json")))
                    .schemaLoader(loader -> loader.fetchRemoteResources(false))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(SchemaLocation.of(URI));

    private NinjsSchema() {
    }

    /** What the schema finds wrong with the document, one message each; empty when it is valid. */
    static List<String> errors(String document) throws IOException {
        return SCHEMA.validate(new ObjectMapper().readTree(document)).stream().map(Error::toString).toList();
    }

    private static String read(String name) {
        try (InputStream in = NinjsSchema.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
