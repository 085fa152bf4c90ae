package com.modernmedia.content.search;

import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.Texts;

/** The words to search for (q=), checked: present, not too long, text PostgreSQL takes. */
record SearchQuery(String text) {

    /** Longer questions are not searches; it also bounds the work of parsing one. */
    static final int MAX_LENGTH = 200;

    static SearchQuery of(String q) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalidParameter("q", "is required: the words to search for");
        }
        if (q.length() > MAX_LENGTH) {
            throw ProblemException.invalidParameter("q", "must have at most " + MAX_LENGTH + " characters");
        }
        String refusal = Texts.refusal(q);
        if (refusal != null) {
            throw ProblemException.invalidParameter("q", refusal);
        }
        return new SearchQuery(q.strip());
    }
}
