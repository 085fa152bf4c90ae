package com.modernmedia.content.topic;

import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.Problem;
import com.modernmedia.content.shared.QueryParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;

@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "The subjects the magazine covers, as a tree, with their articles")
@APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
@APIResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "406", description = ApiDoc.NOT_ACCEPTABLE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "500", description = ApiDoc.SERVER_ERROR,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @APIResponse(responseCode = "301", description = ApiDoc.MOVED)
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "name,children.slug")
    public TopicDetail get(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = "iran") @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "Relations to embed: articles", schema = @Schema(enumeration = "articles"))
            @QueryParam("include") String include) {
        return topics.get(slugOrId, QueryParams.include(include, Set.of("articles")));
    }

    @GET
    @Path("/{slugOrId}/articles")
    @Operation(summary = "List a topic's published articles, newest first")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @APIResponse(responseCode = "301", description = ApiDoc.MOVED)
    @APIResponse(responseCode = "404", description = ApiDoc.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "slug,headline,heroImage.url")
    public Page<ArticleSummary> articles(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = "iran") @PathParam("slugOrId") String slugOrId,
            @BeanParam PageParams page) {
        return topics.articles(slugOrId, page.toRequest());
    }
}
