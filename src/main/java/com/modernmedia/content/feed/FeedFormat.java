package com.modernmedia.content.feed;

import com.modernmedia.content.shared.FeedLinks;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

/** The formats every feed comes in, by the last segment of its per-format URL and the media type it is sent as. */
enum FeedFormat {

    RSS("rss", FeedLinks.RSS),
    ATOM("atom", FeedLinks.ATOM),
    JSON("json", FeedLinks.JSON_FEED);

    final String extension;
    final MediaType type;

    FeedFormat(String extension, String type) {
        this.extension = extension;
        this.type = MediaType.valueOf(type);
    }

    static FeedFormat ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst()
                .orElseThrow(); // the paths admit only these
    }

    static FeedFormat ofType(MediaType type) {
        return Arrays.stream(values()).filter(f -> f.type.isCompatible(type)).findFirst().orElseThrow();
    }

    /** What the negotiated URL offers, RSS first: what a reader that accepts anything gets. */
    static List<MediaType> offered() {
        return Arrays.stream(values()).map(f -> f.type).toList();
    }
}
