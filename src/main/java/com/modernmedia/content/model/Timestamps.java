package com.modernmedia.content.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as the API shows them: whole seconds, which is what editors set and readers need. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
