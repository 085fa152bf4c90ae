package com.modernmedia.content.shared;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The feeds' media types and URLs, for the feed resource and for the JSON lists that point to the feed of the
 * same articles: {@code Link: <…/feeds/topics/iran/rss>; rel="alternate"; type="application/rss+xml"}, one per
 * format, as feed readers discover them.
 */
@ApplicationScoped
public class FeedLinks {

    public static final String ROOT = "/api/v1/feeds";
    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";
    public static final String JSON_FEED = "application/feed+json";
    /** Each format by the last segment of its URL, in the order the feeds offer them. */
    public static final Map<String, String> BY_EXTENSION = orderedFormats();

    private static final String LINK = "Link";

    private final PublicUrl publicUrl;

    FeedLinks(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The Link header value naming each format of a feed, by its path under /api/v1/feeds ("topics/iran"). */
    public String alternates(String feed) {
        return BY_EXTENSION.entrySet().stream()
                .map(format -> "<" + publicUrl.of(ROOT + "/" + feed + "/" + format.getKey()) + ">; rel=\"alternate\"; type=\""
                        + format.getValue() + "\"")
                .collect(Collectors.joining(", "));
    }

    /** A JSON list with the Links to the feed of the same articles, its alternates in each feed format. */
    public <T> RestResponse<T> withAlternates(T list, String feed) {
        return RestResponse.ResponseBuilder.ok(list).header(LINK, alternates(feed)).build();
    }

    private static Map<String, String> orderedFormats() {
        Map<String, String> formats = new LinkedHashMap<>();
        formats.put("rss", RSS);
        formats.put("atom", ATOM);
        formats.put("json", JSON_FEED);
        return Collections.unmodifiableMap(formats);
    }
}
