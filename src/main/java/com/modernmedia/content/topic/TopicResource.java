package com.modernmedia.content.topic;

import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.QueryParams;
import com.modernmedia.content.shared.Responses;
import com.modernmedia.content.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.QueryParam;
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

import java.util.Set;

@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "The subjects the magazine covers, as a tree, with their articles")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "406", ref = "NotAcceptable")
@APIResponse(responseCode = "500", ref = "ServerError")
public class TopicResource {

    private final TopicService topics;

    public TopicResource(TopicService topics) {
        this.topics = topics;
    }

    @GET
    @Operation(summary = "List topics by name", description = "Every topic with its parent and its count of published articles.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "slug,name,articleCount")
    public Page<TopicSummary> list(@BeanParam PageParams page) {
        return topics.list(page.toRequest());
    }

    @GET
    @Path("/{slugOrId}")
    @Operation(summary = "Get a topic",
            description = "A topic with its parent, its children and its count of published articles; "
                    + "include=articles embeds the first page of its articles, for a topic page in one request.")
    @APIResponse(responseCode = "200", description = "The topic")
    @APIResponse(responseCode = "301", ref = "Moved")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "name,children.slug")
    public TopicDetail get(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = "iran") @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "Relations to embed: articles", schema = @Schema(enumeration = "articles"))
            @QueryParam("include") String include) {
        return topics.get(slugOrId, QueryParams.include(include, Set.of("articles")));
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Create a topic", description = "The slug is made from the name when absent. "
            + "Send Idempotency-Key to make a retry return the first result instead of a duplicate.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = ApiDoc.IDEMPOTENCY_KEY,
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @APIResponse(responseCode = "201", description = ApiDoc.CREATED)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public RestResponse<TopicDetail> create(@Valid @NotNull TopicInput input, UriInfo uri) {
        TopicDetail created = topics.create(input);
        return Responses.created(uri, created.slug(), created);
    }

    @PUT
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Replace a topic", description = "Needs If-Match with the topic's ETag. A new slug keeps the old one answering 301.")
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public TopicDetail replace(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = "iran") @PathParam("slugOrId") String slugOrId,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TopicInput input) {
        return topics.replace(slugOrId, ifMatch, input);
    }

    @PATCH
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Change some fields of a topic", description = "A JSON Merge Patch (RFC 7396) of TopicInput; needs If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TopicInput.class),
            examples = @ExampleObject(name = "rename", value = "{\"name\": \"Iran and its neighbours\"}")))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public TopicDetail patch(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = "iran") @PathParam("slugOrId") String slugOrId,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            String mergePatch) {
        return topics.patch(slugOrId, ifMatch, mergePatch);
    }

    @DELETE
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Delete a topic", description = "A soft delete that leaves a tombstone; refused while articles "
            + "or sub-topics use the topic. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public void delete(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = "iran") @PathParam("slugOrId") String slugOrId,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        topics.delete(slugOrId, ifMatch);
    }

    @GET
    @Path("/{slugOrId}/articles")
    @Operation(summary = "List a topic's published articles, newest first")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @APIResponse(responseCode = "301", ref = "Moved")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "slug,headline,heroImage.url")
    public Page<ArticleSummary> articles(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = "iran") @PathParam("slugOrId") String slugOrId,
            @BeanParam PageParams page) {
        return topics.articles(slugOrId, page.toRequest());
    }
}
