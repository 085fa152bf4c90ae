package com.modernmedia.content;

import com.modernmedia.content.shared.CacheInvalidation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenTelemetry is built in but off unless configured (OTEL_SDK_DISABLED=false): the service starts and answers without
 * a collector, and traces nothing, not even a request whose caller sampled it. A traced request would put its trace
 * id in the log context of what it logs.
 */
@QuarkusTest
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Inject
    Fixtures fixtures;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean sdkDisabled;

    private final LogRecorder log = new LogRecorder();

    @BeforeEach
    void listen() {
        fixtures.reset();
        log.start();
    }

    @AfterEach
    void stopListening() {
        log.stop();
    }

    @Test
    void shouldStartAndAnswerWithTracingOffByDefault() {
        assertTrue(sdkDisabled, "off unless OTEL_SDK_DISABLED=false");

        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").header("X-Request-Id", "traced-1")
                .auth().oauth2(fixtures.apiKey("editor")).contentType("application/json").body("{\"name\": \"Tides\"}")
                .post("/api/v1/topics").then().statusCode(201);

        List<LogRecorder.Logged> invalidations = log.of(CacheInvalidation.class);
        assertEquals(1, invalidations.size(), "the write logged its invalidation");
        Map<String, String> context = invalidations.get(0).mdc();
        assertEquals("traced-1", context.get("requestId"));
        assertFalse(context.containsKey("traceId"), "no trace: " + context);
        assertFalse(context.containsValue(TRACE_ID), "not even the caller's: " + context);
    }
}
