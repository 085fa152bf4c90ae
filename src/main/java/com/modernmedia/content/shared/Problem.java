package com.modernmedia.content.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI that identifies the kind of problem", examples = "https://content-api.modernmedia.example/problems/not-found")
        String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Not Found")
        String title,
        @Schema(description = "HTTP status code", examples = "404")
        int status,
        @Schema(description = "What went wrong with this request, for a person to act on", examples = "No published article has the slug 'no-such-story'")
        String detail,
        @Schema(description = "The request path the problem occurred on", examples = "/api/v1/articles/no-such-story")
        String instance,
        @Schema(description = "One entry per invalid field or parameter (validation problems only)")
        List<FieldError> errors,
        @Schema(description = "The resource's current revision (412 and 428 only)", nullable = true, examples = "4")
        Integer currentRevision) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://content-api.modernmedia.example/problems/";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "limit") String field,
            @Schema(examples = "must be a whole number from 1 to 100") String message) {
    }
}
