package com.modernmedia.content.shared;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The kinds of content, named once. Cache tags ({@code article-<id>}, {@code list-articles}), cursor kinds,
 * audit targets, change-log kinds, slug redirects and the path segments of the API all come from here.
 */
public enum ContentKind {
    ARTICLE("articles"),
    PERSON("people"),
    TOPIC("topics"),
    QUOTE("quotes"),
    IMAGE("images");

    private static final String LIST_PREFIX = "list-";

    private final String plural;

    ContentKind(String plural) {
        this.plural = plural;
    }

    /** The singular name: {@code article}, {@code person}, ... as stored and as clients read it. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The collection's name, as its path segment under /api/v1: {@code articles}, {@code people}, ... */
    public String plural() {
        return plural;
    }

    /** The cache tag of one resource of the kind. */
    public String tag(UUID id) {
        return value() + "-" + id;
    }

    /** The cache tag of every list of the kind; every write of the kind makes it stale. */
    public String listTag() {
        return LIST_PREFIX + plural;
    }

    /** The kind of a stored singular name ({@link #value()}). */
    public static ContentKind of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The kind whose collection has this path segment, if any. */
    public static Optional<ContentKind> ofPlural(String segment) {
        return Arrays.stream(values()).filter(kind -> kind.plural.equals(segment)).findFirst();
    }

    /** The kind a resource tag ({@code person-<id>}) names; empty for list tags and anything else. */
    static Optional<ContentKind> ofResourceTag(String tag) {
        return Arrays.stream(values()).filter(kind -> tag.startsWith(kind.value() + "-")).findFirst();
    }
}
