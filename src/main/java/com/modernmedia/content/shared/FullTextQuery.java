package com.modernmedia.content.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * A reader's search words as PostgreSQL reads them: websearch_to_tsquery syntax (quoted phrases, or, -exclusion)
 * in the content_english configuration of V14 (English stems, accents ignored). Article search and quote search
 * both take q= this way.
 */
@ApplicationScoped
public class FullTextQuery {

    /** The longest q= a full-text search takes. */
    public static final int MAX_LENGTH = 200;

    private final EntityManager entityManager;

    public FullTextQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The query, refused with a 400 when it has no word to look for: only stop words (such as "the") or punctuation. */
    public String withWords(String q) {
        Object nodes = entityManager.createNativeQuery("select numnode(websearch_to_tsquery('content_english', ?1))")
                .setParameter(1, q).getSingleResult();
        if (((Number) nodes).intValue() == 0) {
            throw ProblemException.invalidParameter("q", "has no words to search for: only stop words (such as 'the') or punctuation");
        }
        return q;
    }
}
