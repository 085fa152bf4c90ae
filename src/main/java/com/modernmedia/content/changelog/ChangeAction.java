package com.modernmedia.content.changelog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What a change did to a resource, as its readers see it: an article is published when the public starts
 * seeing it (at once, or when its scheduled time comes) and unpublished when they stop.
 */
public enum ChangeAction {
    CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ChangeAction of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
