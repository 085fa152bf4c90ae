package com.modernmedia.content.shared;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers every operation shares, documented from what the operation is, so that each status the
 * service can answer is in the document and none it cannot: the shared layers (authentication, content
 * negotiation, body reading, If-Match, slug redirects, idempotency, the origin check) answer them alike for
 * every operation of a shape. Resources document only what is their own (200, 201, 204, 404, 409).
 * Also: public operations say they need no key, and a PATCH takes a JSON Merge Patch, whose members are all
 * optional, as application/merge-patch+json or application/json. Every operation is rate limited: each may answer
 * 429, and every answer carries the RateLimit-Policy and RateLimit headers, and the request's X-Request-Id.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiContract implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PATCH_SUFFIX = "Patch";
    /** Carries a patch schema's input name while the filter runs; removed before the document is served. */
    private static final String PATCH_OF = "x-patch-of";
    /** Headers on every answer: the caller's rate limit (RateLimitFilter) and the request's id (RequestId). */
    private static final List<String> EVERY_ANSWER_HEADERS = List.of("RateLimit-Policy", "RateLimit", RequestId.HEADER);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> patchSchemas = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>()); // public: no key needed
            }
            if (method == PathItem.HttpMethod.PATCH) {
                documentMergePatch(openAPI, operation, patchSchemas);
            }
            addSharedAnswers(path, method, operation);
        }));
        patchSchemas.forEach((name, schema) -> openAPI.getComponents().addSchema(name, schema));
        removeInputsOnlyPatched(openAPI, patchSchemas);
        documentHeadersOfEveryAnswer(openAPI);
    }

    /**
     * Every answer of every operation carries the caller's rate limit and the request's id: the reusable responses and
     * each operation's own (a reference to a reusable one cannot take headers beside it, so those get them where they
     * are defined).
     */
    private static void documentHeadersOfEveryAnswer(OpenAPI openAPI) {
        openAPI.getComponents().getResponses().values().forEach(ApiContract::addHeadersOfEveryAnswer);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getRef() == null)
                        .forEach(ApiContract::addHeadersOfEveryAnswer)));
    }

    private static void addHeadersOfEveryAnswer(APIResponse response) {
        EVERY_ANSWER_HEADERS.forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(name)));
    }

    /** An input that only a PATCH takes (no create or replace) is documented as its patch alone. */
    private static void removeInputsOnlyPatched(OpenAPI openAPI, Map<String, Schema> patchSchemas) {
        java.util.Set<String> bodies = new java.util.HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null && media.getSchema().getRef() != null) {
                        bodies.add(media.getSchema().getRef().substring(SCHEMAS.length()));
                    }
                });
            }
        }));
        patchSchemas.values().forEach(patch -> {
            String input = (String) patch.getExtensions().get(PATCH_OF);
            patch.removeExtension(PATCH_OF);
            if (!bodies.contains(input)) {
                openAPI.getComponents().removeSchema(input);
            }
        });
    }

    private static void addSharedAnswers(String path, PathItem.HttpMethod method, Operation operation) {
        boolean read = method == PathItem.HttpMethod.GET;
        boolean hasBody = operation.getRequestBody() != null;
        answer(operation, "401", "Unauthorized"); // a key sent to any operation is checked
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(ApiDoc.ANY_ACCEPT)) {
            operation.removeExtension(ApiDoc.ANY_ACCEPT); // a URL that names its format answers whatever is accepted
        } else {
            answer(operation, "406", "NotAcceptable");
        }
        answer(operation, "500", "ServerError");
        answer(operation, "503", "ServiceUnavailable"); // every operation may need the database
        answer(operation, "429", "TooManyRequests"); // every caller has a quota (rate limits)
        if (read && !notCached(operation)) {
            answer(operation, "304", "NotModified");
        }
        answer(operation, "400", "BadRequest"); // the path, query and headers of every request must be text (TextBoundary)
        if (hasBody) {
            answer(operation, "413", "ContentTooLarge");
            answer(operation, "415", "UnsupportedMediaType");
        }
        if (path.contains("{slugOrId}")) {
            answer(operation, read ? "301" : "308", read ? "Moved" : "MovedForWrites");
        }
        if (path.contains("{")) {
            answer(operation, "404", "NotFound");
        }
        if (hasHeader(operation, ApiDoc.IF_MATCH)) {
            answer(operation, "412", "PreconditionFailed");
            answer(operation, "428", "PreconditionRequired");
        }
        if (hasHeader(operation, ApiDoc.IDEMPOTENCY_KEY)) {
            answer(operation, "409", "Conflict");
            answer(operation, "422", "IdempotencyKeyReused");
        }
        if (!read || needsKey(operation)) {
            answer(operation, "403", "Forbidden"); // the key's role, or the browser origin a write came from
        }
    }

    /**
     * An answer the operation documents itself stays; a shared one is added where none is, or replaces a bare
     * placeholder (SmallRye adds "400 Bad Request" without a body to operations that validate their input).
     */
    private static void answer(Operation operation, String status, String reusable) {
        APIResponses responses = operation.getResponses();
        APIResponse own = responses.getAPIResponse(status);
        if (own == null || own.getRef() == null && own.getContent() == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(reusable));
        }
    }

    /** A read that is never cached has no ETag to revalidate ({@link NotCached}). */
    private static boolean notCached(Operation operation) {
        return operation.getExtensions() != null && operation.getExtensions().containsKey("x-not-cached");
    }

    /** Whether the operation takes one of the headers documented once (components/parameters). */
    private static boolean hasHeader(Operation operation, String parameter) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> ("#/components/parameters/" + parameter).equals(p.getRef()));
    }

    /** Every way to call it names a key: none is anonymous. */
    private static boolean needsKey(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                && operation.getSecurity().stream().noneMatch(requirement -> requirement.getSchemes().isEmpty());
    }

    /**
     * A merge patch (RFC 7396) of an input: the same members, none required, null removing one. Sent as
     * application/merge-patch+json or as plain application/json, which is read the same way.
     */
    private static void documentMergePatch(OpenAPI openAPI, Operation operation, Map<String, Schema> patchSchemas) {
        Content content = operation.getRequestBody().getContent();
        MediaType patch = content.getMediaType(MergePatch.MEDIA_TYPE);
        String input = patch.getSchema().getRef().substring(SCHEMAS.length());
        String patchName = input.replaceFirst("Input$", "") + PATCH_SUFFIX;
        patchSchemas.computeIfAbsent(patchName, name -> mergePatchOf(openAPI.getComponents().getSchemas().get(input), input));
        patch.setSchema(OASFactory.createSchema().ref(SCHEMAS + patchName));
        content.addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMAS + patchName)).examples(patch.getExamples()));
    }

    private static Schema mergePatchOf(Schema input, String inputName) {
        Schema patch = OASFactory.createSchema().type(input.getType())
                .description("A JSON Merge Patch (RFC 7396) of " + inputName + ": send only the members that change; "
                        + "null removes an optional one. The result is checked like a whole " + inputName + ".");
        input.getProperties().forEach(patch::addProperty);
        patch.addExtension(PATCH_OF, inputName);
        return patch;
    }
}
