package com.modernmedia.content.quote;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Idempotent;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.FullTextQuery;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.QueryParams;
import com.modernmedia.content.shared.Responses;
import com.modernmedia.content.shared.Role;
import io.quarkus.security.identity.SecurityIdentity;
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

import java.util.UUID;

@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "The words of the people quoted in published articles")
public class QuoteResource {

    private static final String ID = "The quote's id";
    private static final String PLACEMENT = "The words must stand verbatim in the paragraph or pull quote at blockIndex "
            + "of the article's body, and the person must be quoted in the article; title and affiliation default to "
            + "those the article quotes them under. The quote's position follows from its block.";

    /** Words that stand in block 10 of the demo's flagship article, where Dr. Adib-Moghaddam is quoted. */
    private static final String QUOTE = "{\"text\": \"dealt the decisive blows\", \"personId\": \"" + ApiDoc.Demo.PERSON_ID
            + "\", \"articleId\": \"" + ApiDoc.Demo.ARTICLE_ID + "\", \"blockIndex\": 10}";
    private static final String REPLACEMENT = "{\"text\": \"a regional axis that is both institutionalized and ideological\", "
            + "\"personId\": \"" + ApiDoc.Demo.PERSON_ID + "\", \"articleId\": \"" + ApiDoc.Demo.ARTICLE_ID + "\", "
            + "\"blockIndex\": 3, \"title\": \"professor of world politics\", \"affiliation\": \"SOAS University of London\"}";

    private final QuoteService quotes;
    private final SecurityIdentity identity;
    private final Responses responses;

    public QuoteResource(QuoteService quotes, SecurityIdentity identity, Responses responses) {
        this.quotes = quotes;
        this.identity = identity;
        this.responses = responses;
    }

    @GET
    @Operation(operationId = "listQuotes", summary = "List quotes, newest article first, or best match first with q",
            description = "Quotes of published articles, filtered by speaker, topic or article: newest article first, in "
                    + "reading order within an article. With q, only the quotes that hold the words, best match first: "
                    + "relevance blended with the recency of the article, as article search ranks (docs/api.md, Search); "
                    + "pages continue the ranking of the first page, and a cursor of another q is a 400.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "text,person.name,article.slug")
    public Page<QuoteView> list(
            @Parameter(description = "Only quotes of this person (their slug)", example = ApiDoc.Demo.PERSON, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("person") String person,
            @Parameter(description = "Only quotes in articles on this topic (its slug)", example = "isis", schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("topic") String topic,
            @Parameter(description = "Only quotes in this article (its slug)", example = ApiDoc.Demo.ARTICLE, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("article") String article,
            @Parameter(description = "Only quotes that hold these words, best match first: web search syntax (\"a phrase\", or, "
                    + "-word), English stems, accents ignored. Blank, over 200 characters or without a word to look for (only stop "
                    + "words): a 400",
                    example = "insecurity Americans", schema = @Schema(minLength = 1, maxLength = FullTextQuery.MAX_LENGTH))
            @QueryParam("q") String q,
            @BeanParam PageParams page,
            @Context UriInfo uri) {
        return quotes.list(new QuoteFilter(QueryParams.slug("person", person), QueryParams.slug("topic", topic),
                QueryParams.slug("article", article), QueryParams.searchText("q", q, uri, FullTextQuery.MAX_LENGTH)),
                page.toRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuote", summary = "Get a quote",
            description = "A quote of a published article; with an editor's key, any quote that is not deleted, drafts' too.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = "The quote; its ETag is what the next If-Match sends")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "text,person.name,position")
    public QuoteDetail get(@Parameter(description = ID, example = ApiDoc.Demo.QUOTE_ID) @PathParam("id") UUID id) {
        return quotes.get(id, identity.hasRole(Role.EDITOR_ROLE));
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "createQuote", summary = "Create a quote", description = PLACEMENT)
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteInput.class),
            examples = @ExampleObject(name = "words of the flagship article", value = QUOTE)))
    @APIResponse(responseCode = "201", description = ApiDoc.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteDetail.class)))
    @Idempotent
    public RestResponse<QuoteDetail> create(@Valid @NotNull QuoteInput input, UriInfo uri) {
        QuoteDetail created = quotes.create(input);
        return responses.created(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "replaceQuote", summary = "Replace a quote", description = "Needs If-Match with the quote's ETag. " + PLACEMENT)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteInput.class),
            examples = @ExampleObject(name = "another title", value = REPLACEMENT)))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    public QuoteDetail replace(
            @Parameter(description = ID, example = ApiDoc.Demo.QUOTE_ID) @PathParam("id") UUID id,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull QuoteInput input) {
        return quotes.replace(id, ifMatch, input);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "updateQuote", summary = "Change some fields of a quote",
            description = "A JSON Merge Patch (RFC 7396) of QuoteInput; needs If-Match. A title or affiliation patched "
                    + "to null takes the article's again.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = QuoteInput.class),
            examples = @ExampleObject(name = "retitle", value = "{\"title\": \"professor of world politics\"}")))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    public QuoteDetail patch(
            @Parameter(description = ID, example = ApiDoc.Demo.QUOTE_ID) @PathParam("id") UUID id,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            byte[] mergePatch) {
        return quotes.patch(id, ifMatch, mergePatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "deleteQuote", summary = "Delete a quote", description = "A soft delete that leaves a tombstone; the quote leaves every "
            + "public read at once, and the article's other quotes close up in reading order. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @Parameter(description = ID, example = ApiDoc.Demo.QUOTE_ID) @PathParam("id") UUID id,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        quotes.delete(id, ifMatch);
    }
}
