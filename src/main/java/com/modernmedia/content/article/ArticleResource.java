package com.modernmedia.content.article;

import com.modernmedia.content.model.ArticleStatus;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Locale;
import java.util.Set;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published stories: lists of summaries and whole articles")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "406", ref = "NotAcceptable")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ArticleResource {

    private final ArticleService articles;
    private final ArticleEditor editor;

    public ArticleResource(ArticleService articles, ArticleEditor editor) {
        this.articles = articles;
        this.editor = editor;
    }

    @GET
    @Operation(summary = "List published articles, newest first",
            description = "Summaries of published articles, filtered by topic, person, author and publication time. "
                    + "include=people adds the people quoted or mentioned in each.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "slug,headline,authors.name")
    public Page<ArticleSummary> list(
            @Parameter(description = "Only articles on this topic (its slug)", example = "iran") @QueryParam("topic") String topic,
            @Parameter(description = "Only articles that quote or mention this person (their slug)", example = "arshin-adib-moghaddam")
            @QueryParam("person") String person,
            @Parameter(description = "Only articles written by this person (their slug)", example = "philip-kowalski")
            @QueryParam("author") String author,
            @Parameter(description = "Only articles published at or after this time (ISO-8601 UTC, or a date)", example = "2025-01-01T00:00:00Z")
            @QueryParam("publishedAfter") String publishedAfter,
            @Parameter(description = "Only articles published before this time (ISO-8601 UTC, or a date)", example = "2026-01-01")
            @QueryParam("publishedBefore") String publishedBefore,
            @Parameter(description = "Relations to embed in each summary: people", schema = @Schema(enumeration = "people"))
            @QueryParam("include") String include,
            @Parameter(description = "published (the default) lists what the public sees, newest first. Editors (with "
                    + "an editor's key) list draft, scheduled or unpublished articles, most recently changed first.",
                    schema = @Schema(enumeration = {"published", "draft", "scheduled", "unpublished"}, defaultValue = "published"))
            @QueryParam("status") String status,
            @BeanParam PageParams page) {
        ArticleFilter filter = new ArticleFilter(QueryParams.slug("topic", topic), QueryParams.slug("author", author),
                QueryParams.slug("person", person), null, null,
                QueryParams.instant("publishedAfter", publishedAfter), QueryParams.instant("publishedBefore", publishedBefore));
        boolean withPeople = QueryParams.include(include, Set.of("people")).contains("people");
        String listed = QueryParams.oneOf("status", status, Set.of("published", "draft", "scheduled", "unpublished"));
        return listed == null || listed.equals("published") ? articles.list(filter, page.toRequest(), withPeople)
                : articles.listByStatus(ArticleStatus.valueOf(listed.toUpperCase(Locale.ROOT)), filter, page.toRequest(), withPeople);
    }

    @GET
    @Path("/{slugOrId}")
    @Operation(summary = "Get a published article",
            description = "The whole article: body, authors, topics, images with captions and credits, the people "
                    + "quoted (under the title they were quoted under) and mentioned, its quotes and related stories.")
    @APIResponse(responseCode = "200", description = "The article; Last-Modified is the latest change of anything it shows")
    @APIResponse(responseCode = "301", ref = "Moved")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "headline,dek,authors.name")
    public RestResponse<ArticleDetail> get(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = "soleimani-and-the-united-states-worked-together-to-beat-isis")
            @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "How to serve the body: blocks (body), html (bodyHtml) or text (bodyText)",
                    schema = @Schema(enumeration = {"blocks", "html", "text"}, defaultValue = "blocks"))
            @QueryParam("format") String format) {
        return articles.get(slugOrId, BodyFormat.parse(format)).toResponse();
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Create an article (a draft)", description = "The body comes as blocks, Markdown or HTML. "
            + "The article stays invisible to the public until it is published.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = ApiDoc.IDEMPOTENCY_KEY,
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @APIResponse(responseCode = "201", description = ApiDoc.CREATED)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "ContentTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public RestResponse<ArticleDetail> create(@Valid @NotNull ArticleInput input, UriInfo uri) {
        ArticleDetail created = editor.create(input);
        return Responses.created(uri, created.slug(), created);
    }

    @PUT
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Replace an article", description = "Needs If-Match. A new slug keeps the old one answering.")
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public ArticleDetail replace(
            @Parameter(description = ApiDoc.SLUG_OR_ID) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ArticleInput input) {
        return editor.replace(slugOrId, ifMatch, input);
    }

    @PATCH
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Change some fields of an article", description = "A JSON Merge Patch (RFC 7396) of ArticleInput; "
            + "a bodyMarkdown or bodyHtml in the patch replaces the body. Needs If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public ArticleDetail patch(
            @Parameter(description = ApiDoc.SLUG_OR_ID) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            String mergePatch) {
        return editor.patch(slugOrId, ifMatch, mergePatch);
    }

    @DELETE
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Delete an article", description = "A soft delete: gone from every public read, kept as a "
            + "tombstone with its revisions. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public void delete(
            @Parameter(description = ApiDoc.SLUG_OR_ID) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        editor.delete(slugOrId, ifMatch);
    }

    @POST
    @Path("/{slugOrId}/publish")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Publish an article", description = "Public at once, or scheduled when its publishedAt is "
            + "still to come: it then becomes public at that time by itself. Needs If-Match.")
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public ArticleDetail publish(
            @Parameter(description = ApiDoc.SLUG_OR_ID) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return editor.publish(slugOrId, ifMatch);
    }

    @POST
    @Path("/{slugOrId}/unpublish")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Unpublish an article", description = "Takes it out of every public read. Needs If-Match.")
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public ArticleDetail unpublish(
            @Parameter(description = ApiDoc.SLUG_OR_ID) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return editor.unpublish(slugOrId, ifMatch);
    }

    @GET
    @Path("/{slugOrId}/revisions")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "List an article's revisions, newest first", description = "Who changed what, and when.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<ArticleRevisionView> revisions(
            @Parameter(description = ApiDoc.SLUG_OR_ID) @PathParam("slugOrId") String slugOrId,
            @BeanParam PageParams page) {
        return editor.revisions(slugOrId, page.toRequest());
    }

    @GET
    @Path("/{slugOrId}/revisions/{revision}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(summary = "Get one revision of an article", description = "With the article as written at that revision.")
    @APIResponse(responseCode = "200", description = "The revision")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ArticleRevisionView revision(
            @Parameter(description = ApiDoc.SLUG_OR_ID) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "The revision number", example = "1") @PathParam("revision") int revision) {
        return editor.revision(slugOrId, revision);
    }
}
