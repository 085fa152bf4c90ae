package com.modernmedia.content.search;

import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.Visibility;
import com.modernmedia.content.shared.Audience;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Full-text queries over public articles' search_vector (V14, GIN index). Text matching is PostgreSQL's
 * (websearch_to_tsquery in the content_english configuration: English stems, accents ignored), embedded in HQL
 * with sql() so that the public condition stays {@link Visibility}'s.
 */
@ApplicationScoped
public class SearchRepository {

    /** The one ranking formula: see docs/api.md, "Ranking". ts_rank_cd's normalization 32 maps it to rank / (rank + 1). */
    private static final String SCORE = "cast(sql('(? * ts_rank_cd(?, websearch_to_tsquery(''content_english'', ?), 32)"
            + " + ? * power(0.5, greatest(0, extract(epoch from (? - ?))) / ?))',"
            + " :relevanceWeight, column(a.search_vector), :q, :recencyWeight, :scoredAt, a.publishedAt, :halfLife) as Double)";
    /** PostgreSQL simplifies "= true" away, so the GIN index serves the match. */
    private static final String MATCHES = "cast(sql('(? @@ websearch_to_tsquery(''content_english'', ?))', column(a.search_vector), :q)"
            + " as Boolean) = true";
    /**
     * ts_headline marks matches with U+0002 and U+0003, removed from the text first so that only marks are marks;
     * {@link Snippets} escapes the rest and turns them into {@code <mark>}. ts_headline drops what its parser takes
     * for tags, but not all of them ({@code <img onerror=…>} comes back as is): the escaping is what makes it safe.
     */
    private static final String SNIPPET = "ts_headline('content_english', translate(%s, E'\\x02\\x03', ''),"
            + " websearch_to_tsquery('content_english', :q), 'StartSel=\u0002, StopSel=\u0003, MinWords=15, MaxWords=35')";

    private final EntityManager entityManager;

    public SearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A ranked id and its score. */
    record Ranked(UUID id, double score) {
    }

    /**
     * Matching public articles by score, then id, both descending, after (afterScore, afterId) when given; scores
     * computed at scoredAt, so that every page of one search ranks alike. One more than the limit.
     */
    List<Ranked> ranked(String q, ArticleFilter filter, Weights weights, Instant scoredAt, Double afterScore, UUID afterId,
                        int limit, Instant now, Audience audience) {
        Parameters parameters = Visibility.at(now, audience).and("q", q)
                .and("relevanceWeight", weights.relevance()).and("recencyWeight", weights.recency())
                .and("scoredAt", scoredAt).and("halfLife", weights.halfLifeSeconds());
        StringBuilder hql = new StringBuilder("select h.id, h.score from (select a.id as id, " + SCORE + " as score ")
                .append(matching(filter, parameters, audience)).append(") h");
        if (afterId != null) {
            hql.append(" where h.score < :afterScore or (h.score = :afterScore and h.id < :afterId)");
            parameters.and("afterScore", afterScore).and("afterId", afterId);
        }
        hql.append(" order by h.score desc, h.id desc");
        TypedQuery<Object[]> query = entityManager.createQuery(hql.toString(), Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> new Ranked((UUID) row[0], ((Number) row[1]).doubleValue())).toList();
    }

    /** How many public articles match, counting no further than cap + 1 (so the caller can tell it stopped). */
    long count(String q, ArticleFilter filter, int cap, Instant now, Audience audience) {
        Parameters parameters = Visibility.at(now, audience).and("q", q);
        TypedQuery<UUID> query = entityManager.createQuery("select a.id " + matching(filter, parameters, audience), UUID.class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(cap + 1).getResultList().size();
    }

    List<Article> articles(Collection<UUID> ids) {
        return entityManager.createQuery("from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Highlighted passages of each article's body text and of its dek. */
    Map<UUID, String[]> snippets(Collection<UUID> ids, String q) {
        List<?> rows = entityManager.createNativeQuery("select a.id, " + SNIPPET.formatted("article_body_text(a.body)") + ", "
                        + SNIPPET.formatted("coalesce(a.dek, '')") + " from article a where a.id in (:ids)", Object[].class)
                .setParameter("ids", ids).setParameter("q", q).getResultList();
        Map<UUID, String[]> snippets = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            snippets.put((UUID) columns[0], new String[]{(String) columns[1], (String) columns[2]});
        }
        return snippets;
    }

    private static String matching(ArticleFilter filter, Parameters parameters, Audience audience) {
        StringBuilder hql = new StringBuilder("from Article a where ").append(Visibility.publicArticle("a", audience))
                .append(" and ").append(MATCHES);
        if (filter.topic() != null) {
            hql.append(" and a.id in (select x.id from Article x join x.topics t where t.slug = :topic)");
            parameters.and("topic", filter.topic());
        }
        if (filter.author() != null) {
            hql.append(" and a.id in (select x.id from Article x join x.authors p where p.slug = :author)");
            parameters.and("author", filter.author());
        }
        if (filter.person() != null) {
            hql.append(" and a.id in (select x.id from Article x join x.people ap where ap.person.slug = :person)");
            parameters.and("person", filter.person());
        }
        if (filter.publishedAfter() != null) {
            hql.append(" and a.publishedAt >= :publishedAfter");
            parameters.and("publishedAfter", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            hql.append(" and a.publishedAt < :publishedBefore");
            parameters.and("publishedBefore", filter.publishedBefore());
        }
        return hql.toString();
    }

    /** The weights of the ranking formula, from content.search.*. */
    record Weights(double relevance, double recency, double halfLifeSeconds) {
    }
}
