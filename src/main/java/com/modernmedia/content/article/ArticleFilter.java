package com.modernmedia.content.article;

import com.modernmedia.content.model.PersonRole;

import java.time.Instant;

/**
 * Which public articles a list holds. Slugs name the topic or person; a null
 * field does not filter. {@code person} matches people quoted or mentioned
 * (narrowed by {@code personRole}), {@code involving} any of author, quoted or mentioned.
 */
public record ArticleFilter(String topic, String author, String person, PersonRole personRole, String involving,
                            Instant publishedAfter, Instant publishedBefore) {

    public static ArticleFilter byTopic(String topic) {
        return new ArticleFilter(topic, null, null, null, null, null, null);
    }

    /** A person's articles; role is author, quoted, mentioned or null for all three. */
    public static ArticleFilter byPerson(String person, String role) {
        if (role == null) {
            return new ArticleFilter(null, null, null, null, person, null, null);
        }
        return switch (role) {
            case "author" -> new ArticleFilter(null, person, null, null, null, null, null);
            case "quoted" -> new ArticleFilter(null, null, person, PersonRole.QUOTED, null, null, null);
            case "mentioned" -> new ArticleFilter(null, null, person, PersonRole.MENTIONED, null, null, null);
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
    }
}
