package com.modernmedia.content;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every pooled connection sets up first (quarkus.datasource.jdbc.new-connection-sql). */
@QuarkusTest
class DatabaseSessionTest {

    @Inject
    Fixtures fixtures;

    @ConfigProperty(name = "content.db.schema")
    String schema;

    @Test
    void shouldUseTheProfilesSchemaAndNoParallelWorkers() {
        assertEquals(schema, fixtures.query("select current_schema()"));
        // The reads are small index walks run by many requests at once: parallel workers would only add
        // processes that compete for the same cores (the benchmark's topic page ran with two per query).
        assertEquals("0", fixtures.query("show max_parallel_workers_per_gather"));
    }
}
