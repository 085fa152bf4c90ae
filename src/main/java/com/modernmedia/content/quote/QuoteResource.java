package com.modernmedia.content.quote;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.QueryParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "The words of the people quoted in published articles")
public class QuoteResource {

    private final QuoteService quotes;

    public QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    @Operation(summary = "List quotes, newest article first",
            description = "Quotes of published articles, in reading order within an article, filtered by speaker, topic or article.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "ServerError")
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
}
