package com.modernmedia.content.bench;

import com.modernmedia.content.ContentConfig;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;

/**
 * The benchmark's ceiling (bench/run.sh): the cheapest answer this service can give, a fixed array of bytes
 * written on the I/O thread, through the same HTTP stack, filters and metrics as the content endpoints, so that
 * their requests per second can be read as a share of it. Kept articles are answered on the I/O thread too
 * (RepresentationFilter), so the ratio compares them with the fastest the stack can do. Off unless {@code content.bench.ceiling} is true
 * (CONTENT_BENCH_CEILING), and then it answers 404 like any path that serves nothing: production has no use for
 * it. Hidden from the OpenAPI document either way.
 */
@Path("/api/v1/_ceiling")
public class CeilingResource {

    /** The size of a typical full article of the benchmark data set, so that the ratio compares work, not bytes. */
    static final int SIZE = 12 * 1024;

    static final byte[] BODY = body();

    private final boolean enabled;

    public CeilingResource(ContentConfig config) {
        this.enabled = config.bench().ceiling();
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public byte[] ceiling() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return BODY;
    }

    /** {"ceiling":"xxx…"}, exactly SIZE bytes of JSON. */
    private static byte[] body() {
        String head = "{\"ceiling\":\"";
        String tail = "\"}";
        return (head + "x".repeat(SIZE - head.length() - tail.length()) + tail).getBytes(StandardCharsets.US_ASCII);
    }
}
