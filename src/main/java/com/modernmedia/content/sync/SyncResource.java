package com.modernmedia.content.sync;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.NotCached;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.QueryParams;
import com.modernmedia.content.shared.Responses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Path("/api/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Partners' copy of the content: a full sync, then every change since, never missing one")
public class SyncResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    /** The documented example of a token: from the start of the log, every kind, no key; signed with the dev and test key. */
    static final String TOKEN_EXAMPLE = "eyJwIjowLCJ0IjpbImFydGljbGUiLCJwZXJzb24iLCJ0b3BpYyIsInF1b3RlIiwiaW1hZ2UiXSwiayI6bnVsbCwiYSI6bnVsbCwiYyI6bnVsbH0."
            + "HP0abtAoWwrmBfSL3RAC4RVc4x5ioB6-TaIJdAQC-Og";

    private final SyncService sync;
    private final Responses responses;

    public SyncResource(SyncService sync, Responses responses) {
        this.sync = sync;
        this.responses = responses;
    }

    @GET
    @NotCached
    @Operation(operationId = "sync", summary = "Sync: everything, then what changed since",
            description = "Without a token, a full sync: every resource the caller may see, page by page (follow next), "
                    + "the last page ending with a syncToken. With a token, what changed since it, oldest first: entries "
                    + "(the resource as its GET answers it) and tombstones (what to remove, and why) in change-log order, "
                    + "each resource once per page, then a new syncToken. A token carries the types it was started with. "
                    + "Pages hold at most limit items and stay under 1 MB. Editors' keys see what the public sees: no drafts. "
                    + "docs/syndication.md walks through it.",
            extensions = @Extension(name = "x-not-cached", value = "true", parseValue = true))
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = "A page of the sync; Link (rel=next) has the URL of the next page while there "
            + "is more to read now. Cache-Control: no-store.",
            headers = @Header(name = "Link", description = "<...>; rel=\"next\" while next is set", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "410", description = "The token is older than the change log keeps: start a full sync without a token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "token past retention", value = "{\"type\": "
                            + "\"https://content-api.modernmedia.example/problems/sync-token-expired\", \"title\": \"Gone\", "
                            + "\"status\": 410, \"detail\": \"The change log no longer holds the changes after this token. "
                            + "Start a full sync without a token.\", \"instance\": \"/api/v1/sync\"}")))
    public RestResponse<SyncPage> sync(
            @Parameter(description = "The next or syncToken of an earlier page; absent to start a full sync. It carries the "
                    + "types, and only the API key that started the sync (or a request without a key, if none did) may go "
                    + "on with it; type= may not come with it.", schema = @Schema(maxLength = SyncTokens.MAX_LENGTH))
            @QueryParam("token") String token,
            @Parameter(description = "Only these kinds (repeat it, or separate them by commas); all when absent. Only "
                    + "without a token: the sync keeps the types it started with.",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ContentKind.class, maxItems = 5))
            @QueryParam("type") List<String> type,
            @Parameter(description = "Items per page, 1 to " + MAX_LIMIT,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit) {
        int pageSize = PageRequest.parseLimit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        SyncPage page;
        if (token == null || token.isEmpty()) {
            page = sync.start(types(type), pageSize);
        } else if (!type.isEmpty()) {
            throw ProblemException.invalidParameter("type", "cannot come with a token: the token keeps the types its sync "
                    + "started with; start a new full sync to follow other types");
        } else {
            page = sync.next(token, pageSize);
        }
        String next = page.next() == null ? null
                : "/api/v1/sync?token=" + page.next() + (limit == null ? "" : "&limit=" + pageSize);
        return responses.withNext(page, next);
    }

    private static Set<ContentKind> types(List<String> values) {
        Set<String> names = values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        if (names.isEmpty()) {
            return EnumSet.allOf(ContentKind.class);
        }
        Set<ContentKind> kinds = EnumSet.noneOf(ContentKind.class);
        for (String name : names) {
            kinds.add(ContentKind.of(QueryParams.oneOf("type", name, Set.of("article", "person", "topic", "quote", "image"))));
        }
        return kinds;
    }
}
