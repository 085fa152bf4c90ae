package com.modernmedia.content.person;

import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.quote.QuoteView;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Set;

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Authors, the experts quoted and the people mentioned, with their quotes and articles")
public class PersonResource {

    private static final String PERSON = "{\"name\": \"Laleh Farzan\", \"honorific\": \"Dr.\", \"bio\": \"Economist who "
            + "studies sanctions and the trade routes that grow around them.\", \"title\": \"senior fellow\", "
            + "\"affiliation\": \"Institute for Trade and Security\"}";
    private static final String REPLACEMENT = "{\"name\": \"Arshin Adib-Moghaddam\", \"honorific\": \"Dr.\", \"bio\": "
            + "\"Scholar of world politics at SOAS University of London whose work focuses on Iran and the wider Middle East.\", "
            + "\"title\": \"professor of global thought and comparative philosophies\", \"affiliation\": \"SOAS University of London\"}";

    private final PersonService people;
    private final Responses responses;
    private final FeedLinks feedLinks;

    public PersonResource(PersonService people, Responses responses, FeedLinks feedLinks) {
        this.people = people;
        this.responses = responses;
        this.feedLinks = feedLinks;
    }

    @GET
    @Operation(operationId = "listPeople", summary = "List people by name",
            description = "Everyone who wrote, is quoted in or is mentioned in a published article, ordered by name; "
                    + "with q, those whose name matches it, best match first (autocomplete).")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "slug,name,affiliation")
    public Page<PersonSummary> list(
            @Parameter(description = ApiDoc.NAME_QUERY, example = "adib",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = ApiDoc.NAME_QUERY_MAX)) @QueryParam("q") String q,
            @BeanParam PageParams page, UriInfo uri) {
        String query = QueryParams.searchText("q", q, uri, QueryParams.MAX_NAME_QUERY_LENGTH);
        return query == null ? people.list(page.toRequest()) : people.search(query, page.toRequest());
    }

    @GET
    @Path("/{slugOrId}")
    @Operation(operationId = "getPerson", summary = "Get a person",
            description = "A person with counts of the published articles they wrote, are quoted in and are mentioned in. "
                    + "include=quotes,articles embeds their 10 latest of each.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = "The person; with an editor's key also someone no published article names yet")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "name,title,quotes.items.text")
    public PersonDetail get(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.PERSON,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "Relations to embed: quotes, articles (comma-separated)", example = "quotes",
                    schema = @Schema(maxLength = ApiDoc.INCLUDE_MAX))
            @QueryParam("include") String include) {
        return people.get(slugOrId, QueryParams.include(include, Set.of("quotes", "articles")));
    }

    @POST
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "createPerson", summary = "Create a person", description = "The slug is made from the name when absent. The answer is the "
            + "person as written; the public GET finds them once a published article names them.")
    @Parameter(ref = ApiDoc.IDEMPOTENCY_KEY)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonInput.class),
            examples = @ExampleObject(name = "a new expert", value = PERSON)))
    @APIResponse(responseCode = "201", description = ApiDoc.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Idempotent
    public RestResponse<PersonDetail> create(@Valid @NotNull PersonInput input, UriInfo uri) {
        PersonDetail created = people.create(input);
        return responses.created(uri, created.slug(), created);
    }

    @PUT
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "replacePerson", summary = "Replace a person",
            description = "Needs If-Match with the person's ETag. A new slug keeps the old one answering 301.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonInput.class),
            examples = @ExampleObject(name = "a new title", value = REPLACEMENT)))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PersonDetail replace(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.PERSON,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PersonInput input) {
        return people.replace(slugOrId, ifMatch, input);
    }

    @PATCH
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "updatePerson", summary = "Change some fields of a person", description = "A JSON Merge Patch (RFC 7396) of PersonInput; needs If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PersonInput.class),
            examples = @ExampleObject(name = "new title", value = "{\"title\": \"professor in global thought and comparative philosophies\"}")))
    @APIResponse(responseCode = "200", description = ApiDoc.WRITTEN)
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PersonDetail patch(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.PERSON,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            byte[] mergePatch) {
        return people.patch(slugOrId, ifMatch, mergePatch);
    }

    @DELETE
    @Path("/{slugOrId}")
    @RolesAllowed(Role.EDITOR_ROLE)
    @SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
    @Operation(operationId = "deletePerson", summary = "Delete a person", description = "A soft delete that leaves a tombstone; refused while the person "
            + "wrote or appears in an article that is not deleted, or said a quote that is not deleted. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.UNUSED_PERSON,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(ref = ApiDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        people.delete(slugOrId, ifMatch);
    }

    @GET
    @Path("/{slugOrId}/quotes")
    @Operation(operationId = "listPersonQuotes", summary = "List a person's quotes, newest first", description = "What the person was quoted saying in published articles.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "text,article.headline")
    public Page<QuoteView> quotes(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.PERSON,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @BeanParam PageParams page) {
        return people.quotes(slugOrId, page.toRequest());
    }

    @GET
    @Path("/{slugOrId}/articles")
    @Operation(operationId = "listPersonArticles", summary = "List a person's articles, newest first",
            description = "Published articles the person wrote, is quoted in or is mentioned in; role narrows to one of these.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE_WITH_FEEDS)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "slug,headline")
    public RestResponse<Page<ArticleSummary>> articles(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.PERSON,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX)) @PathParam("slugOrId") String slugOrId,
            @Parameter(description = "Only articles where the person has this role",
                    schema = @Schema(enumeration = {"author", "quoted", "mentioned"}))
            @QueryParam("role") String role,
            @BeanParam PageParams page) {
        String chosen = QueryParams.oneOf("role", role, Set.of("author", "quoted", "mentioned"));
        Page<ArticleSummary> articles = people.articles(slugOrId, chosen, page.toRequest());
        if (chosen == null) {
            return RestResponse.ok(articles); // no feed holds both what they wrote and where they are quoted
        }
        return feedLinks.withAlternates(articles, (chosen.equals("author") ? "authors/" : "people/") + slugOrId);
    }
}
