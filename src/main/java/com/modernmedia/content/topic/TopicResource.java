package com.modernmedia.content.topic;

import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.FeedLinks;
import com.modernmedia.content.shared.Idempotent;
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
public class TopicResource {

    private static final String TOPIC = "{\"name\": \"Ports & Shipping\", \"description\": \"Container ships, canals and the "
            + "ports they call at.\", \"parentId\": \"79fd40f9-5f48-48ff-994e-f138e575f120\"}";
    private static final String REPLACEMENT = "{\"name\": \"Iran\", \"description\": \"Iran’s government, its regional "
            + "ambitions, its diaspora and the lives of its people.\", \"parentId\": \"" + ApiDoc.Demo.PARENT_TOPIC_ID + "\"}";

    private final TopicService topics;
    private final Responses responses;
    private final FeedLinks feedLinks;

    public TopicResource(TopicService topics, Responses responses, FeedLinks feedLinks) {
        this.topics = topics;
        this.responses = responses;
        this.feedLinks = feedLinks;
    }

    @GET
    @Operation(operationId = "listTopics", summary = "List topics by name",
            description = "Every topic with its parent and its count of published articles; with q, those whose name "
                    + "matches it, best match first (autocomplete).")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS, example = "slug,name,articleCount",
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX))
    public Page<TopicSummary> list(
            @Parameter(description = ApiDoc.NAME_QUERY, example = "forein polic",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = ApiDoc.NAME_QUERY_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams page, UriInfo uri) {
        String query = QueryParams.searchText("q", q, uri, QueryParams.MAX_NAME_QUERY_LENGTH);
        return query == null ? topics.list(page.toRequest()) : topics.search(query, page.toRequest());
    }

    @GET
    @Path("/{slugOrId}")
    @Operation(operationId = "getTopic", summary = "Get a topic",
            description = "A topic with its parent, its children and its count of published articles; "
                    + "include=articles embeds the first page of its articles, for a topic page in one request.")
    @APIResponse(responseCode = "200", description = "The topic")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS, example = "name,children.slug",
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX))
    public TopicDetail get(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.TOPIC,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "Relations to embed: articles", schema = @Schema(enumeration = "articles", maxLength = ApiDoc.INCLUDE_MAX))
            @QueryParam("include") String include) {
        return topics.get(slugOrId, QueryParams.include(include, Set.of("articles")));
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "createTopic", summary = "Create a topic", description = "The slug is made from the name when absent. "
            + "Send Idempotency-Key to make a retry return the first result instead of a duplicate.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicInput.class),
            examples = @ExampleObject(name = "a new topic", value = TOPIC)))
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "201", description = ApiDoc.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Idempotent
    public RestResponse<TopicDetail> create(@Valid @NotNull TopicInput input, UriInfo uri) {
        TopicDetail created = topics.create(input);
        return responses.created(uri, created.slug(), created);
    }

    @PUT
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "replaceTopic", summary = "Replace a topic",
            description = "Needs If-Match with the topic's ETag. A new slug keeps the old one answering 301.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicInput.class),
            examples = @ExampleObject(name = "a longer description", value = REPLACEMENT)))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TopicDetail replace(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.TOPIC,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TopicInput input) {
        return topics.replace(slugOrId, ifMatch, input);
    }

    @PATCH
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "updateTopic", summary = "Change some fields of a topic",
            description = "A JSON Merge Patch (RFC 7396) of TopicInput; needs If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TopicInput.class),
            examples = @ExampleObject(name = "rename", value = "{\"name\": \"Iran and its neighbours\"}")))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TopicDetail patch(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.TOPIC,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            byte[] mergePatch) {
        return topics.patch(slugOrId, ifMatch, mergePatch);
    }

    @DELETE
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "deleteTopic", summary = "Delete a topic", description = "A soft delete that leaves a tombstone; "
            + "refused while articles or sub-topics use the topic. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.UNUSED_TOPIC,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        topics.delete(slugOrId, ifMatch);
    }

    @GET
    @Path("/{slugOrId}/articles")
    @Operation(operationId = "listTopicArticles", summary = "List a topic's published articles, newest first",
            description = "Summaries of the published articles on the topic; its sub-topics' articles are not included.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE_WITH_FEEDS)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS, example = "slug,headline,heroImage.url",
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX))
    public RestResponse<Page<ArticleSummary>> articles(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.TOPIC,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @BeanParam PageParams page) {
        return feedLinks.withAlternates(topics.articles(slugOrId, page.toRequest()), "topics/" + slugOrId);
    }
}
