package com.modernmedia.content.model;

import io.quarkus.panache.common.Parameters;

import java.time.Instant;

/**
 * What the public may see, in one place: an article that is published or scheduled and whose publication
 * time has come. People, topics and quotes are public through the public articles that show them.
 */
public final class Visibility {

    /** HQL condition on an article alias ({@code %1$s}), with the parameters {@link #at} gives. */
    public static final String PUBLIC_ARTICLE = "%1$s.status in :public and %1$s.publishedAt <= :now";

    private Visibility() {
    }

    /** The parameters of {@link #PUBLIC_ARTICLE} at this moment. */
    public static Parameters at(Instant now) {
        return Parameters.with("public", ArticleStatus.PUBLIC).and("now", now);
    }
}
