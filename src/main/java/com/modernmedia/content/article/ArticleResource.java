package com.modernmedia.content.article;

import com.modernmedia.content.model.ArticleStatus;
import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.FeedLinks;
import com.modernmedia.content.shared.Idempotent;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Negotiation;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.QueryParams;
import com.modernmedia.content.shared.Responses;
import com.modernmedia.content.shared.Role;
import com.modernmedia.content.shared.Stored;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published stories: lists of summaries and whole articles")
public class ArticleResource {

    /** One body form (Markdown), no slug (one is made from the headline), ids of the demo magazine. */
    private static final String ARTICLE = "{\"headline\": \"Red Sea Detours Rewrite the Shipping Map\", "
            + "\"dek\": \"Carriers that sailed around Africa for a year are deciding which routes to keep.\", "
            + "\"bodyMarkdown\": \"Container lines spent a year sending ships the long way round.\\n\\n"
            + "## What stays\\n\\nSome of the detours are turning into timetables.\", "
            + "\"heroImageId\": \"" + ApiDoc.Demo.IMAGE_ID + "\", "
            + "\"authorIds\": [\"3edd4cdc-c87b-46f0-a79d-c428a86bac4e\"], "
            + "\"topicIds\": [\"79fd40f9-5f48-48ff-994e-f138e575f120\"], "
            + "\"callToAction\": {\"kind\": \"newsletter\", \"text\": \"Get the business briefing\", "
            + "\"url\": \"https://www.modernmedia.example/newsletter/business\"}}";
    /** The demo draft as a whole, its quotes' words and speakers kept, its last paragraph written. */
    private static final String REPLACEMENT = "{\"headline\": \"Inside the Race to Map Every Glacier Lake\", "
            + "\"dek\": \"Satellites and drones are watching lakes that could burst without warning.\", "
            + "\"body\": ["
            + "{\"type\": \"paragraph\", \"text\": \"As glaciers retreat, they leave behind lakes held in place by loose walls "
            + "of rock and ice. When one of those walls gives way, the water can race down a valley in minutes.\"}, "
            + "{\"type\": \"paragraph\", \"text\": \"“We know where most of the big lakes are. What we do not know is which "
            + "ones are getting ready to go,” says Dr. Helena Voss, director of the Nordic Institute for Climate Dynamics.\"}, "
            + "{\"type\": \"paragraph\", \"text\": \"Teams now pair satellite radar with drone surveys to catch tiny movements "
            + "in the natural dams. Tobias Renner, who has flown survey drones in the Alps, calls the work “checking the pulse of a "
            + "mountain.”\"}, "
            + "{\"type\": \"heading\", \"text\": \"Early warning\", \"level\": 2}, "
            + "{\"type\": \"paragraph\", \"text\": \"Below the riskiest lakes, villages now test their sirens every spring.\"}], "
            + "\"authorIds\": [\"6ad91ca3-365a-4e82-9cc8-1ba1b91d8a6c\", \"2276a7db-78bc-477c-929d-7ddcda8f2431\"], "
            + "\"topicIds\": [\"afb0a2a6-2f79-4126-a7d5-07ca95dc045f\", \"cc785b44-02c7-4afd-922d-652df6fce95c\", "
            + "\"5dc11503-b8dc-486f-81f4-f3e452871480\"], "
            + "\"people\": [{\"personId\": \"20d012c5-b21a-432f-901c-ae7234e9eb4c\", \"role\": \"quoted\", \"title\": "
            + "\"director\", \"affiliation\": \"Nordic Institute for Climate Dynamics\"}, {\"personId\": "
            + "\"7314a4d8-8225-48a6-9390-304d4370c61a\", \"role\": \"quoted\", \"title\": \"ice core technician\", "
            + "\"affiliation\": \"Alpine Ice Archive\"}], "
            + "\"relatedIds\": [\"978ae662-0a62-4300-94b5-6283bf9f564e\"], "
            + "\"callToAction\": {\"kind\": \"newsletter\", \"text\": \"Get the climate briefing every Thursday\", "
            + "\"url\": \"https://www.modernmedia.example/newsletter/climate\"}}";

    private final ArticleService articles;
    private final ArticleEditor editor;
    private final Responses responses;
    private final FeedLinks feedLinks;
    private final ArticleFormats formats;

    public ArticleResource(ArticleService articles, ArticleEditor editor, Responses responses, FeedLinks feedLinks,
                           ArticleFormats formats) {
        this.articles = articles;
        this.editor = editor;
        this.responses = responses;
        this.feedLinks = feedLinks;
        this.formats = formats;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List published articles, newest first",
            description = "Summaries of published articles, filtered by topic, person, author and publication time. "
                    + "include=people adds the people quoted or mentioned in each. With an editor's key, status= lists "
                    + "drafts, scheduled or unpublished articles instead.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE_WITH_FEEDS)
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "slug,headline,authors.name")
    public RestResponse<Page<ArticleSummary>> list(
            @Parameter(description = "Only articles on this topic (its slug)", example = ApiDoc.Demo.TOPIC, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("topic") String topic,
            @Parameter(description = "Only articles that quote or mention this person (their slug)", example = ApiDoc.Demo.PERSON,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("person") String person,
            @Parameter(description = "Only articles written by this person (their slug)", example = "philip-kowalski", schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("author") String author,
            @Parameter(description = "Only articles published at or after this time (ISO-8601 UTC, or a date)",
                    example = "2025-01-01T00:00:00Z", schema = @Schema(maxLength = ApiDoc.TIME_MAX))
            @QueryParam("publishedAfter") String publishedAfter,
            @Parameter(description = "Only articles published before this time (ISO-8601 UTC, or a date)", example = "2026-01-01",
                    schema = @Schema(maxLength = ApiDoc.TIME_MAX))
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
        if (listed != null && !listed.equals("published")) {
            return RestResponse.ok(articles.listByStatus(ArticleStatus.valueOf(listed.toUpperCase(Locale.ROOT)), filter,
                    page.toRequest(), withPeople));
        }
        Page<ArticleSummary> published = articles.list(filter, page.toRequest(), withPeople);
        String feed = feedOf(filter);
        return feed == null ? RestResponse.ok(published) : feedLinks.withAlternates(published, feed);
    }

    /** The feed that holds the same articles: all of them, or those of the one topic, person or author filtered by. */
    private static String feedOf(ArticleFilter filter) {
        if (filter.publishedAfter() != null || filter.publishedBefore() != null) {
            return null;
        }
        List<String> feeds = Stream.of(filter.topic() == null ? null : "topics/" + filter.topic(),
                filter.author() == null ? null : "authors/" + filter.author(),
                filter.person() == null ? null : "people/" + filter.person()).filter(Objects::nonNull).toList();
        return feeds.isEmpty() ? "articles" : feeds.size() == 1 ? feeds.get(0) : null;
    }

    @GET
    @Path("/{slugOrId}")
    @Produces({MediaType.APPLICATION_JSON, ArticleFormats.JSON_LD, ArticleFormats.NINJS, ArticleFormats.NINJS_PREVIOUS,
            ArticleFormats.NINJS_ALIAS})
    @Operation(operationId = "getArticle", summary = "Get a published article",
            description = "The whole article: body, authors, topics, images with captions and credits, the people "
                    + "quoted (under the title they were quoted under) and mentioned, its quotes and related stories. "
                    + "By the Accept header, as JSON (the default), as a schema.org NewsArticle in JSON-LD "
                    + "(application/ld+json), or as an IPTC ninjs 3.2 news item (application/json; "
                    + "profile=\"http://iptc.org/std/ninjs/3.2\", or application/ninjs+json) or a 3.1 one (application/json; "
                    + "profile=\"http://iptc.org/std/ninjs/3.1\"), with a Link to its profile and JSON Schema. format= and "
                    + "fields= shape only the JSON.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = "The article; Last-Modified is the latest change of anything it shows. "
            + "With an editor's key also a draft, scheduled or unpublished one.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)),
            @Content(mediaType = ArticleFormats.JSON_LD, schema = @Schema(implementation = ArticleJsonLd.class)),
            @Content(mediaType = ArticleFormats.NINJS, schema = @Schema(implementation = ArticleNinjs.class)),
            @Content(mediaType = ArticleFormats.NINJS_PREVIOUS, schema = @Schema(implementation = ArticleNinjs.class)),
            @Content(mediaType = ArticleFormats.NINJS_ALIAS, schema = @Schema(implementation = ArticleNinjs.class))})
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS + " Only with application/json.",
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "headline,dek,authors.name")
    @Stored(value = ContentKind.ARTICLE, pathParameter = "slugOrId", unless = "format")
    public RestResponse<ArticleDetail> get(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.ARTICLE,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "How to serve the body: blocks (body), html (bodyHtml) or text (bodyText). Only with "
                    + "application/json: JSON-LD carries the body as text, ninjs as HTML.",
                    schema = @Schema(enumeration = {"blocks", "html", "text"}, defaultValue = "blocks"))
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        MediaType type = Negotiation.choose(headers.getRequestHeader(HttpHeaders.ACCEPT), ArticleFormats.OFFERED);
        if (type.equals(MediaType.APPLICATION_JSON_TYPE)) {
            return articles.get(slugOrId, BodyFormat.parse(format)).toResponse();
        }
        if (format != null) {
            throw ProblemException.invalidParameter("format", "is taken only with application/json: JSON-LD carries the "
                    + "body as text, ninjs as HTML");
        }
        return formats.answer(articles.get(slugOrId, BodyFormat.BLOCKS), type);
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "createArticle", summary = "Create an article (a draft)",
            description = "The body comes as blocks, Markdown or HTML. The article stays invisible to the public until it is published.")
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleInput.class),
            examples = @ExampleObject(name = "a draft written in Markdown", value = ARTICLE)))
    @APIResponse(responseCode = "201", description = ApiDoc.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Idempotent
    public RestResponse<ArticleDetail> create(@Valid @NotNull ArticleInput input, UriInfo uri) {
        ArticleDetail created = editor.create(input);
        return responses.created(uri, created.slug(), created);
    }

    @PUT
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "replaceArticle", summary = "Replace an article",
            description = "Needs If-Match. A new slug keeps the old one answering. The article's quotes must keep standing in "
                    + "its body, and their speakers must stay quoted.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleInput.class),
            examples = @ExampleObject(name = "the demo draft, finished", value = REPLACEMENT)))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ArticleDetail replace(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.DRAFT,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ArticleInput input) {
        return editor.replace(slugOrId, ifMatch, input);
    }

    @PATCH
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "updateArticle", summary = "Change some fields of an article", description = "A JSON Merge Patch (RFC 7396) of ArticleInput; "
            + "a bodyMarkdown or bodyHtml in the patch replaces the body. Needs If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ArticleInput.class),
            examples = @ExampleObject(name = "a new dek", value = "{\"dek\": \"Washington’s most wanted Iranian commander was, "
                    + "at times, also its most useful one.\"}")))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ArticleDetail patch(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.ARTICLE,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            byte[] mergePatch) {
        return editor.patch(slugOrId, ifMatch, mergePatch);
    }

    @DELETE
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "deleteArticle", summary = "Delete an article", description = "A soft delete: gone from every public read, kept as a "
            + "tombstone with its revisions. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.DRAFT,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        editor.delete(slugOrId, ifMatch);
    }

    @POST
    @Path("/{slugOrId}/publish")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "publishArticle", summary = "Publish an article", description = "Public at once, or scheduled when its publishedAt is "
            + "still to come: it then becomes public at that time by itself. Needs If-Match.")
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    public ArticleDetail publish(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.DRAFT,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return editor.publish(slugOrId, ifMatch);
    }

    @POST
    @Path("/{slugOrId}/unpublish")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "unpublishArticle", summary = "Unpublish an article", description = "Takes it out of every public read. Needs If-Match.")
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ArticleDetail unpublish(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.ARTICLE,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return editor.unpublish(slugOrId, ifMatch);
    }

    @GET
    @Path("/{slugOrId}/revisions")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "listArticleRevisions", summary = "List an article's revisions, newest first",
            description = "Who changed what, and when.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    public Page<ArticleRevisionView> revisions(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.ARTICLE,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @BeanParam PageParams page) {
        return editor.revisions(slugOrId, page.toRequest());
    }

    @GET
    @Path("/{slugOrId}/revisions/{revision}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "getArticleRevision", summary = "Get one revision of an article",
            description = "With the article as written at that revision.")
    @APIResponse(responseCode = "200", description = "The revision")
    public ArticleRevisionView revision(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.ARTICLE,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "The revision number", example = "1", schema = @Schema(minimum = "1", maximum = "2147483647"))
            @PathParam("revision") int revision) {
        return editor.revision(slugOrId, revision);
    }
}
