package com.modernmedia.content.sync;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Why a partner no longer receives a resource it had. */
public enum TombstoneReason {
    /** Deleted for good: it will not come back. */
    DELETED,
    /** Out of sight for now: an article made a draft again or unpublished, a person or quote no public article shows. */
    UNPUBLISHED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
