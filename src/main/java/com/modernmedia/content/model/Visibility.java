package com.modernmedia.content.model;

import com.modernmedia.content.shared.Audience;
import io.quarkus.panache.common.Parameters;

import java.time.Instant;

/**
 * What the public may see, in one place: an article that is published or scheduled and whose publication
 * time has come. People, topics and quotes are public through the public articles that show them.
 */
public final class Visibility {

    /** HQL condition on an article alias ({@code %1$s}), with the parameters {@link #at} gives. */
    public static final String PUBLIC_ARTICLE = "%1$s.status in :public and %1$s.publishedAt <= :now";

    /**
     * HQL condition on an article alias ({@code %1$s}): what a partner's syndication rights allow it to see of a
     * public article, with the parameters {@link #at(Instant, Audience)} gives a partner. An empty list of partners
     * or regions leaves the article open to every one.
     */
    public static final String SYNDICATED = "%1$s.syndicationAllowed = true"
            + " and (%1$s.embargoUntil is null or %1$s.embargoUntil <= :now)"
            + " and (%1$s.syndicationExpiresAt is null or %1$s.syndicationExpiresAt > :now)"
            + " and (array_length(%1$s.syndicationPartners) = 0 or array_contains(%1$s.syndicationPartners, :partner))"
            + " and (array_length(%1$s.syndicationRegions) = 0 or array_contains(%1$s.syndicationRegions, :region))";

    private Visibility() {
    }

    /** The parameters of {@link #PUBLIC_ARTICLE} at this moment. */
    public static Parameters at(Instant now) {
        return Parameters.with("public", ArticleStatus.PUBLIC).and("now", now);
    }

    /** {@link #PUBLIC_ARTICLE} on the alias, and for a partner {@link #SYNDICATED} too. */
    public static String publicArticle(String alias, Audience audience) {
        String condition = PUBLIC_ARTICLE.formatted(alias);
        return audience.isPartner() ? condition + " and " + SYNDICATED.formatted(alias) : condition;
    }

    /** The parameters of {@link #publicArticle} at this moment. */
    public static Parameters at(Instant now, Audience audience) {
        Parameters parameters = at(now);
        return audience.isPartner()
                ? parameters.and("partner", audience.partner()).and("region", audience.region() == null ? "" : audience.region())
                : parameters;
    }
}
