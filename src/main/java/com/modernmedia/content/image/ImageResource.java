package com.modernmedia.content.image;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Responses;
import com.modernmedia.content.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/images")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Images", description = "Pictures with their captions, alt texts and credit lines, as articles and people show them")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "406", ref = "NotAcceptable")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ImageResource {

    private static final String ID = "The image's UUID; images have no slug";
    private static final String EXAMPLE_ID = "61ae79be-1887-4e67-8068-974e89845ff8";

    private final ImageService images;

    public ImageResource(ImageService images) {
        this.images = images;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an image", description = "Images are public assets: any image that is not deleted.")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "url,altText")
    public ImageDetail get(@Parameter(description = ID, example = EXAMPLE_ID) @PathParam("id") UUID id) {
        return images.get(id);
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Create an image", description = "Records a picture served elsewhere (at url) with its texts.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = ApiDoc.IDEMPOTENCY_KEY,
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @APIResponse(responseCode = "201", description = ApiDoc.CREATED)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public RestResponse<ImageDetail> create(@Valid @NotNull ImageInput input, UriInfo uri) {
        ImageDetail created = images.create(input);
        return Responses.created(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Replace an image", description = "Needs If-Match with the image's ETag.")
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public ImageDetail replace(
            @Parameter(description = ID, example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ImageInput input) {
        return images.replace(id, ifMatch, input);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Change some fields of an image", description = "A JSON Merge Patch (RFC 7396) of ImageInput; needs If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ImageInput.class),
            examples = @ExampleObject(name = "credit", value = "{\"credit\": \"Anadolu Agency / Getty\"}")))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public ImageDetail patch(
            @Parameter(description = ID, example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            String mergePatch) {
        return images.patch(id, ifMatch, mergePatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Delete an image", description = "A soft delete that leaves a tombstone; refused while an article "
            + "(as hero or in its body) or a person shows the image. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public void delete(
            @Parameter(description = ID, example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        images.delete(id, ifMatch);
    }
}
