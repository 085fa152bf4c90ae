package com.modernmedia.content.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * How closely a name must resemble what was typed for name autocomplete to find it: pg_trgm's
 * word_similarity_threshold, which the %> of V15's name_search_matches reads when the query runs. Setting it, rather
 * than comparing word_similarity() with a parameter, keeps the trigram GIN indexes serving the match.
 */
@ApplicationScoped
public class NameSimilarity {

    private final EntityManager entityManager;

    public NameSimilarity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The threshold (0 to 1) of the rest of the transaction, so it never stays on a pooled connection. Outside a
     * transaction it would end with this statement, before the query: one is required.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setForTransaction(double threshold) {
        entityManager.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', ?1, true)")
                .setParameter(1, Double.toString(threshold)).getSingleResult();
    }
}
