package com.modernmedia.content.shared;

import com.modernmedia.content.ContentConfig;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The one score of full-text results, best first (docs/api.md, "Ranking"), weighted by content.search.*:
 * relevance-weight · rank / (rank + 1) + recency-weight · 0.5 ^ (age / half-life). rank is ts_rank_cd of the words
 * q= in the content_english configuration (normalization 32 maps it to rank / (rank + 1)); age is the time from
 * publication to the moment the scores are computed at, which a search keeps for all its pages.
 */
@ApplicationScoped
public class Ranking {

    /**
     * Recency stops halving here (0.5^1000 is about 1e-301): PostgreSQL refuses a power() that underflows to zero,
     * which an article 88 years old would need with the default half-life.
     */
    private static final int MAX_HALVINGS = 1000;

    private final double relevanceWeight;
    private final double recencyWeight;
    private final double halfLifeSeconds;

    public Ranking(ContentConfig config) {
        ContentConfig.Search settings = config.search();
        this.relevanceWeight = settings.relevanceWeight();
        this.recencyWeight = settings.recencyWeight();
        this.halfLifeSeconds = settings.halfLife().toSeconds();
    }

    /**
     * The score as an HQL expression (a Double): of the document, an HQL expression of a tsvector, for the words
     * in the parameter :q, published at publishedAt, an HQL path. Its other parameters are {@link #bind}'s.
     */
    public static String score(String document, String publishedAt) {
        return "cast(sql('(? * ts_rank_cd(?, websearch_to_tsquery(''content_english'', ?), 32)"
                + " + ? * power(0.5, least(" + MAX_HALVINGS + ", greatest(0, extract(epoch from (? - ?))) / ?)))',"
                + " :relevanceWeight, " + document + ", :q, :recencyWeight, :scoredAt, " + publishedAt + ", :halfLife) as Double)";
    }

    /** Adds the parameters of {@link #score} but :q to the query's: the weights, and the time scores are computed at. */
    public Parameters bind(Parameters parameters, Instant scoredAt) {
        return parameters.and("relevanceWeight", relevanceWeight).and("recencyWeight", recencyWeight)
                .and("scoredAt", scoredAt).and("halfLife", halfLifeSeconds);
    }
}
