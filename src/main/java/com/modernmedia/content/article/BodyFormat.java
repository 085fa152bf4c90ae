package com.modernmedia.content.article;

import com.modernmedia.content.shared.QueryParams;

import java.util.Locale;
import java.util.Set;

/** How the body of a full article is served. */
enum BodyFormat {
    BLOCKS, HTML, TEXT;

    static BodyFormat parse(String value) {
        String word = QueryParams.oneOf("format", value, Set.of("blocks", "html", "text"));
        return word == null ? BLOCKS : valueOf(word.toUpperCase(Locale.ROOT));
    }
}
