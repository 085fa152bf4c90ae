package com.modernmedia.content.article;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Set;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published stories: lists of summaries and whole articles")
@APIResponse(responseCode = "304", ref = "NotModified")
@APIResponse(responseCode = "406", ref = "NotAcceptable")
@APIResponse(responseCode = "500", ref = "ServerError")
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
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
            @BeanParam PageParams page) {
        ArticleFilter filter = new ArticleFilter(QueryParams.slug("topic", topic), QueryParams.slug("author", author),
                QueryParams.slug("person", person), null, null,
                QueryParams.instant("publishedAfter", publishedAfter), QueryParams.instant("publishedBefore", publishedBefore));
        boolean withPeople = QueryParams.include(include, Set.of("people")).contains("people");
        return articles.list(filter, page.toRequest(), withPeople);
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
}
