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
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
public class AdminKeyResource {

    private final ApiKeyService keys;

    public AdminKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key", description = "The answer holds the key itself, once: store it, it cannot be read again.")
    @APIResponse(responseCode = "201", description = "Created; Location is the key's URL")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public RestResponse<ApiKeyView> create(@Valid @NotNull NewApiKey request, UriInfo uri) {
        ApiKeyView created = keys.create(request);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Operation(summary = "List API keys, newest first", description = "Keys never show their secret here.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ApiKeyView> list(@BeanParam PageParams page) {
        return keys.list(page.toRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an API key")
    @APIResponse(responseCode = "200", description = "The key, without its secret")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiKeyView get(@PathParam("id") UUID id) {
        return keys.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "The key stops working at once. Revoking a revoked key is no error.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public void revoke(@PathParam("id") UUID id) {
        keys.revoke(id);
    }
}
