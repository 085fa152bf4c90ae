package com.modernmedia.content.apikey;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.Responses;
import com.modernmedia.content.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "Admin: API keys", description = "Create, list and revoke the keys that writes need (admin keys only)")
@SecurityScheme(securitySchemeName = ApiDoc.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key: Authorization: Bearer <key>. Roles: partner, editor, admin.")
@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
public class AdminKeyResource {

    private final ApiKeyService keys;
    private final Responses responses;

    public AdminKeyResource(ApiKeyService keys, Responses responses) {
        this.keys = keys;
        this.responses = responses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "The answer holds the key itself, once: store it, it cannot be read again. Not replayed by "
                    + "Idempotency-Key: the service never keeps the key.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewApiKey.class),
            examples = @ExampleObject(name = "a key for the newsroom's tool",
                    value = "{\"name\": \"newsroom-cms-trial\", \"role\": \"editor\", \"expiresAt\": \"2027-11-30T00:00:00Z\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location is the key's URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ApiKeyView> create(@Valid @NotNull NewApiKey request, UriInfo uri) {
        ApiKeyView created = keys.create(request);
        return responses.created(uri, created.id(), created);
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys, newest first", description = "Keys never show their secret here.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    public Page<ApiKeyView> list(@BeanParam PageParams page) {
        return keys.list(page.toRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key", description = "The key's name, role and times, never its secret.")
    @APIResponse(responseCode = "200", description = "The key, without its secret")
    public ApiKeyView get(@Parameter(description = "The key's id", example = ApiDoc.Demo.RETIRED_KEY_ID) @PathParam("id") UUID id) {
        return keys.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "The key stops working at once. Revoking a revoked key is no error.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@Parameter(description = "The key's id", example = ApiDoc.Demo.RETIRED_KEY_ID) @PathParam("id") UUID id) {
        keys.revoke(id);
    }
}
