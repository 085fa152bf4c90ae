package com.modernmedia.content.image;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Idempotent;
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
public class ImageResource {

    private static final String ID = "The image's UUID; images have no slug";
    private static final String IMAGE = "{\"url\": \"https://images.modernmedia.example/2026/11/port-of-rotterdam-cranes.jpg\", "
            + "\"width\": 2400, \"height\": 1600, \"altText\": \"Container cranes at the Port of Rotterdam at dusk\", "
            + "\"caption\": \"Cranes idle at the Port of Rotterdam as ships reroute.\", \"credit\": \"Harbour Photo Agency\"}";
    private static final String REPLACEMENT = "{\"url\": \"https://images.modernmedia.example/2025/01/tehran-anti-us-rally.jpg\", "
            + "\"width\": 2400, \"height\": 1350, \"altText\": \"Crowds carrying banners and portraits of Qassem Soleimani fill a "
            + "street in Tehran\", \"caption\": \"Iranians at an anti-U.S. rally in Tehran protest the killing of Qassem Soleimani.\", "
            + "\"credit\": \"Anadolu Agency / Getty\"}";

    private final ImageService images;
    private final Responses responses;

    public ImageResource(ImageService images, Responses responses) {
        this.images = images;
        this.responses = responses;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImage", summary = "Get an image", description = "Images are public assets: any image that is not deleted.")
    @APIResponse(responseCode = "200", description = "The image")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "url,altText")
    public ImageDetail get(@Parameter(description = ID, example = ApiDoc.Demo.IMAGE_ID) @PathParam("id") UUID id) {
        return images.get(id);
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "createImage", summary = "Create an image", description = "Records a picture served elsewhere (at url) with its texts.")
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImageInput.class),
            examples = @ExampleObject(name = "a new picture", value = IMAGE)))
    @APIResponse(responseCode = "201", description = ApiDoc.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImageDetail.class)))
    @Idempotent
    public RestResponse<ImageDetail> create(@Valid @NotNull ImageInput input, UriInfo uri) {
        ImageDetail created = images.create(input);
        return responses.created(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "replaceImage", summary = "Replace an image", description = "Needs If-Match with the image's ETag.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImageInput.class),
            examples = @ExampleObject(name = "a shorter credit", value = REPLACEMENT)))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    public ImageDetail replace(
            @Parameter(description = ID, example = ApiDoc.Demo.IMAGE_ID) @PathParam("id") UUID id,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ImageInput input) {
        return images.replace(id, ifMatch, input);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "updateImage", summary = "Change some fields of an image", description = "A JSON Merge Patch (RFC 7396) of ImageInput; needs If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ImageInput.class),
            examples = @ExampleObject(name = "credit", value = "{\"credit\": \"Anadolu Agency / Getty\"}")))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    public ImageDetail patch(
            @Parameter(description = ID, example = ApiDoc.Demo.IMAGE_ID) @PathParam("id") UUID id,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            byte[] mergePatch) {
        return images.patch(id, ifMatch, mergePatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "deleteImage", summary = "Delete an image", description = "A soft delete that leaves a tombstone; refused while an article "
            + "(as hero or in its body) or a person shows the image. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(
            @Parameter(description = ID, example = ApiDoc.Demo.UNUSED_IMAGE_ID) @PathParam("id") UUID id,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        images.delete(id, ifMatch);
    }
}
