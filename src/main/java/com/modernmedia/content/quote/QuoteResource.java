package com.modernmedia.content.quote;

import com.modernmedia.content.apikey.Role;
import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "The words of the people quoted in published articles")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "406", ref = "NotAcceptable")
@APIResponse(responseCode = "500", ref = "ServerError")
public class QuoteResource {

    private static final String ID = "The quote's id";

    private final QuoteService quotes;
    private final SecurityIdentity identity;

    public QuoteResource(QuoteService quotes, SecurityIdentity identity) {
        this.quotes = quotes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List quotes, newest article first",
            description = "Quotes of published articles, in reading order within an article, filtered by speaker, topic or article.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "text,person.name,article.slug")
    public Page<QuoteView> list(
            @Parameter(description = "Only quotes of this person (their slug)", example = "arshin-adib-moghaddam")
            @QueryParam("person") String person,
            @Parameter(description = "Only quotes in articles on this topic (its slug)", example = "isis") @QueryParam("topic") String topic,
            @Parameter(description = "Only quotes in this article (its slug)",
                    example = "soleimani-and-the-united-states-worked-together-to-beat-isis") @QueryParam("article") String article,
            @BeanParam PageParams page) {
        return quotes.list(new QuoteFilter(QueryParams.slug("person", person), QueryParams.slug("topic", topic),
                QueryParams.slug("article", article)), page.toRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a quote",
            description = "A quote of a published article; with an editor's key, any quote that is not deleted, drafts' too.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = "The quote; its ETag is what the next If-Match sends")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING), example = "text,person.name,position")
    public QuoteDetail get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return quotes.get(id, identity.hasRole(Role.EDITOR_ROLE));
    }
}
