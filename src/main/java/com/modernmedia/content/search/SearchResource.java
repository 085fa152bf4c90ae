package com.modernmedia.content.search;

import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.FullTextQuery;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Ranked full-text search over published articles")
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "searchArticles", summary = "Search published articles",
            description = "Published articles whose headline, dek, body text, topics or people quoted or mentioned match q, "
                    + "best first: relevance blended with recency (docs/api.md, Search). q takes web search syntax: words "
                    + "(all must match, in any form: 'lakes' finds 'lake', 'Zurich' finds 'Zürich'), \"quoted phrases\", "
                    + "'or' between alternatives and -word to exclude. Filters narrow the result. Each hit has the "
                    + "article's summary and an HTML-safe snippet whose only markup is <mark>. total=true counts the matches "
                    + "up to " + SearchService.TOTAL_CAP_TEXT + " (totalCapped: true when there are more); facets=topic,person counts "
                    + "them per topic and per person, from the same matches. A partner's key "
                    + "finds only what its rights allow.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE + " Pages continue the ranking of the first page.")
    @Parameter(name = "fields", in = ParameterIn.QUERY, description = ApiDoc.FIELDS,
            schema = @Schema(type = SchemaType.STRING, maxLength = ApiDoc.FIELDS_MAX), example = "article.slug,article.headline,snippet")
    public SearchResults search(
            @Parameter(description = "What to search for, in web search syntax; a blank q, or one of only stop words "
                    + "or punctuation, is a 400", required = true, example = "Soleimani",
                    schema = @Schema(minLength = 1, maxLength = FullTextQuery.MAX_LENGTH))
            @QueryParam("q") String q,
            @Parameter(description = "Only articles on this topic (its slug)", example = ApiDoc.Demo.TOPIC,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("topic") String topic,
            @Parameter(description = "Only articles that quote or mention this person (their slug)", example = ApiDoc.Demo.PERSON,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("person") String person,
            @Parameter(description = "Only articles written by this person (their slug)", example = ApiDoc.Demo.AUTHOR,
                    schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX, pattern = ApiDoc.SLUG_PATTERN))
            @QueryParam("author") String author,
            @Parameter(description = "Only articles published at or after this time (ISO-8601 UTC, or a date)",
                    example = "2019-01-01T00:00:00Z", schema = @Schema(maxLength = ApiDoc.TIME_MAX))
            @QueryParam("publishedAfter") String publishedAfter,
            @Parameter(description = "Only articles published before this time (ISO-8601 UTC, or a date)", example = "2030-01-01",
                    schema = @Schema(maxLength = ApiDoc.TIME_MAX))
            @QueryParam("publishedBefore") String publishedBefore,
            @Parameter(description = "Count the matching articles per topic and/or per person quoted or mentioned, in facets "
                    + "(comma-separated: topic, person); total is then counted too", example = "topic,person",
                    schema = @Schema(maxLength = QueryParams.MAX_INCLUDE_LENGTH, pattern = "^[a-z, ]*$"))
            @QueryParam("facets") String facets,
            @BeanParam PageParams page) {
        String words = QueryParams.requiredSearchText("q", q, FullTextQuery.MAX_LENGTH);
        ArticleFilter filter = new ArticleFilter(QueryParams.slug("topic", topic), QueryParams.slug("author", author),
                QueryParams.slug("person", person), null, null,
                QueryParams.instant("publishedAfter", publishedAfter), QueryParams.instant("publishedBefore", publishedBefore));
        return search.search(words, filter, QueryParams.someOf("facets", facets, SearchService.FACETS), page.toRequest());
    }
}
