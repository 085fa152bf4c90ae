package com.modernmedia.content.shared;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoints that provoke what the read API itself cannot: a request
 * body of the wrong media type (415) and a bug (500).
 */
@Path("/api/v1/test-probe")
public class ProblemProbeResource {

    public record Echo(String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Echo echo(Echo body) {
        return body;
    }

    @GET
    @Path("/bug")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Echo bug() {
        throw new IllegalStateException("ERROR: relation \"secret_table\" does not exist; select * from secret_table");
    }
}
