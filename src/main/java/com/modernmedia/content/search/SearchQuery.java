package com.modernmedia.content.search;

import com.modernmedia.content.shared.FullTextQuery;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.Texts;

/** The words to search for (q=), checked: present, not too long, text PostgreSQL takes. */
record SearchQuery(String text) {

    static SearchQuery of(String q) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalidParameter("q", "is required: the words to search for");
        }
        if (q.length() > FullTextQuery.MAX_LENGTH) {
            throw ProblemException.invalidParameter("q", "must have at most " + FullTextQuery.MAX_LENGTH + " characters");
        }
        String refusal = Texts.refusal(q);
        if (refusal != null) {
            throw ProblemException.invalidParameter("q", refusal);
        }
        return new SearchQuery(q.strip());
    }
}
