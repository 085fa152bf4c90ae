package com.modernmedia.content.feed;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.FeedLinks;
import com.modernmedia.content.shared.Negotiation;
import com.modernmedia.content.shared.Rendered;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Every feed at two kinds of URL: one that answers in the format the Accept header prefers (RSS when it
 * accepts any), and one per format ({@code …/rss}, {@code …/atom}, {@code …/json}) for readers that send no
 * Accept, or one that names none of them. A partner's key reads them as its rights allow.
 */
@Path(FeedLinks.ROOT)
@Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1: all articles, a topic's, a person's and an author's")
public class FeedResource {

    private static final String FORMAT = "rss (RSS 2.0), atom (Atom 1.0) or json (JSON Feed 1.1)";
    private static final String NEGOTIATED = "The feed, in the format the Accept header prefers: RSS 2.0, Atom 1.0 or "
            + "JSON Feed 1.1 (RSS when it accepts any). Newest first; the next link (Atom and RSS: atom:link rel=next, JSON "
            + "Feed: next_url) goes on with older items.";
    private static final String IN_FORMAT = "The feed in the format its URL names, whatever the Accept header says. "
            + "Newest first; the next link goes on with older items.";

    private final FeedService feeds;
    private final FeedRenderer renderer;

    public FeedResource(FeedService feeds, FeedRenderer renderer) {
        this.feeds = feeds;
        this.renderer = renderer;
    }

    @GET
    @Path("/articles")
    @Produces({FeedLinks.RSS, FeedLinks.ATOM, FeedLinks.JSON_FEED})
    @Operation(operationId = "getArticlesFeed", summary = "The feed of all published articles",
            description = "Every published article, newest first, as the key's rights allow.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = NEGOTIATED, content = {
            @Content(mediaType = FeedLinks.RSS, schema = @Schema(ref = "RssFeed")),
            @Content(mediaType = FeedLinks.ATOM, schema = @Schema(ref = "AtomFeed")),
            @Content(mediaType = FeedLinks.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    public RestResponse<Rendered> articles(@Context HttpHeaders headers, @BeanParam FeedPage page) {
        FeedFormat format = negotiated(headers);
        return answer(feeds.all(format, page.limit, page.cursor), format);
    }

    @GET
    @Path("/articles/{format: rss|atom|json}")
    @Produces(MediaType.WILDCARD) // whatever the reader accepts: the URL names the format
    @Operation(operationId = "getArticlesFeedIn", summary = "The feed of all published articles, in one format",
            description = "Every published article, newest first, as the key's rights allow.",
            extensions = @Extension(name = ApiDoc.ANY_ACCEPT, value = "true", parseValue = true))
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = IN_FORMAT, content = {
            @Content(mediaType = FeedLinks.RSS, schema = @Schema(ref = "RssFeed")),
            @Content(mediaType = FeedLinks.ATOM, schema = @Schema(ref = "AtomFeed")),
            @Content(mediaType = FeedLinks.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    public RestResponse<Rendered> articlesIn(
            @Parameter(description = FORMAT, example = "atom", schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
            @BeanParam FeedPage page) {
        FeedFormat chosen = FeedFormat.ofExtension(format);
        return answer(feeds.all(chosen, page.limit, page.cursor), chosen);
    }

    @GET
    @Path("/topics/{slugOrId}")
    @Produces({FeedLinks.RSS, FeedLinks.ATOM, FeedLinks.JSON_FEED})
    @Operation(operationId = "getTopicFeed", summary = "A topic's feed", description = "The published articles on the topic.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = NEGOTIATED, content = {
            @Content(mediaType = FeedLinks.RSS, schema = @Schema(ref = "RssFeed")),
            @Content(mediaType = FeedLinks.ATOM, schema = @Schema(ref = "AtomFeed")),
            @Content(mediaType = FeedLinks.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    public RestResponse<Rendered> topic(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.TOPIC, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX))
            @PathParam("slugOrId") String slugOrId,
            @Context HttpHeaders headers, @BeanParam FeedPage page) {
        FeedFormat format = negotiated(headers);
        return answer(feeds.topic(slugOrId, format, page.limit, page.cursor), format);
    }

    @GET
    @Path("/topics/{slugOrId}/{format: rss|atom|json}")
    @Produces(MediaType.WILDCARD) // whatever the reader accepts: the URL names the format
    @Operation(operationId = "getTopicFeedIn", summary = "A topic's feed, in one format", description = "The published articles on the topic.",
            extensions = @Extension(name = ApiDoc.ANY_ACCEPT, value = "true", parseValue = true))
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = IN_FORMAT, content = {
            @Content(mediaType = FeedLinks.RSS, schema = @Schema(ref = "RssFeed")),
            @Content(mediaType = FeedLinks.ATOM, schema = @Schema(ref = "AtomFeed")),
            @Content(mediaType = FeedLinks.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    public RestResponse<Rendered> topicIn(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.TOPIC, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX))
            @PathParam("slugOrId") String slugOrId,
            @Parameter(description = FORMAT, example = "atom", schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
            @BeanParam FeedPage page) {
        FeedFormat chosen = FeedFormat.ofExtension(format);
        return answer(feeds.topic(slugOrId, chosen, page.limit, page.cursor), chosen);
    }

    @GET
    @Path("/people/{slugOrId}")
    @Produces({FeedLinks.RSS, FeedLinks.ATOM, FeedLinks.JSON_FEED})
    @Operation(operationId = "getPersonFeed", summary = "A person's feed", description = "The published articles that quote or mention the person.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = NEGOTIATED, content = {
            @Content(mediaType = FeedLinks.RSS, schema = @Schema(ref = "RssFeed")),
            @Content(mediaType = FeedLinks.ATOM, schema = @Schema(ref = "AtomFeed")),
            @Content(mediaType = FeedLinks.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    public RestResponse<Rendered> person(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.PERSON, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX))
            @PathParam("slugOrId") String slugOrId,
            @Context HttpHeaders headers, @BeanParam FeedPage page) {
        FeedFormat format = negotiated(headers);
        return answer(feeds.person(slugOrId, format, page.limit, page.cursor), format);
    }

    @GET
    @Path("/people/{slugOrId}/{format: rss|atom|json}")
    @Produces(MediaType.WILDCARD) // whatever the reader accepts: the URL names the format
    @Operation(operationId = "getPersonFeedIn", summary = "A person's feed, in one format",
            description = "The published articles that quote or mention the person.",
            extensions = @Extension(name = ApiDoc.ANY_ACCEPT, value = "true", parseValue = true))
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = IN_FORMAT, content = {
            @Content(mediaType = FeedLinks.RSS, schema = @Schema(ref = "RssFeed")),
            @Content(mediaType = FeedLinks.ATOM, schema = @Schema(ref = "AtomFeed")),
            @Content(mediaType = FeedLinks.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    public RestResponse<Rendered> personIn(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.PERSON, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX))
            @PathParam("slugOrId") String slugOrId,
            @Parameter(description = FORMAT, example = "atom", schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
            @BeanParam FeedPage page) {
        FeedFormat chosen = FeedFormat.ofExtension(format);
        return answer(feeds.person(slugOrId, chosen, page.limit, page.cursor), chosen);
    }

    @GET
    @Path("/authors/{slugOrId}")
    @Produces({FeedLinks.RSS, FeedLinks.ATOM, FeedLinks.JSON_FEED})
    @Operation(operationId = "getAuthorFeed", summary = "An author's feed", description = "The published articles the person wrote.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = NEGOTIATED, content = {
            @Content(mediaType = FeedLinks.RSS, schema = @Schema(ref = "RssFeed")),
            @Content(mediaType = FeedLinks.ATOM, schema = @Schema(ref = "AtomFeed")),
            @Content(mediaType = FeedLinks.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    public RestResponse<Rendered> author(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.AUTHOR, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX))
            @PathParam("slugOrId") String slugOrId,
            @Context HttpHeaders headers, @BeanParam FeedPage page) {
        FeedFormat format = negotiated(headers);
        return answer(feeds.author(slugOrId, format, page.limit, page.cursor), format);
    }

    @GET
    @Path("/authors/{slugOrId}/{format: rss|atom|json}")
    @Produces(MediaType.WILDCARD) // whatever the reader accepts: the URL names the format
    @Operation(operationId = "getAuthorFeedIn", summary = "An author's feed, in one format", description = "The published articles the person wrote.",
            extensions = @Extension(name = ApiDoc.ANY_ACCEPT, value = "true", parseValue = true))
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME))
    @APIResponse(responseCode = "200", description = IN_FORMAT, content = {
            @Content(mediaType = FeedLinks.RSS, schema = @Schema(ref = "RssFeed")),
            @Content(mediaType = FeedLinks.ATOM, schema = @Schema(ref = "AtomFeed")),
            @Content(mediaType = FeedLinks.JSON_FEED, schema = @Schema(implementation = JsonFeed.class))})
    public RestResponse<Rendered> authorIn(
            @Parameter(description = ApiDoc.SLUG_OR_ID, example = ApiDoc.Demo.AUTHOR, schema = @Schema(maxLength = ApiDoc.SLUG_OR_ID_MAX))
            @PathParam("slugOrId") String slugOrId,
            @Parameter(description = FORMAT, example = "atom", schema = @Schema(enumeration = {"rss", "atom", "json"})) @PathParam("format") String format,
            @BeanParam FeedPage page) {
        FeedFormat chosen = FeedFormat.ofExtension(format);
        return answer(feeds.author(slugOrId, chosen, page.limit, page.cursor), chosen);
    }

    private static FeedFormat negotiated(HttpHeaders headers) {
        return FeedFormat.ofType(Negotiation.choose(headers.getRequestHeader(HttpHeaders.ACCEPT), FeedFormat.offered()));
    }

    private RestResponse<Rendered> answer(Feed feed, FeedFormat format) {
        return RestResponse.ok(renderer.render(feed, format));
    }
}
