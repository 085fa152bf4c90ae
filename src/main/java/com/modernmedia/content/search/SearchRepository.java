package com.modernmedia.content.search;

import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.Visibility;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Ranking;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

    /** The one ranking formula (shared/Ranking, docs/api.md "Ranking"), of an article's whole document. */
    private static final String SCORE = Ranking.score("column(a.search_vector)", "a.publishedAt");
    /** PostgreSQL simplifies "= true" away, so the GIN index serves the match. %1$s is the article's alias. */
    private static final String MATCHES = "cast(sql('(? @@ websearch_to_tsquery(''content_english'', ?))', column(%1$s.search_vector), :q)"
            + " as Boolean) = true";
    /** A match in the headline, dek or names (weights A and B), which V17's index finds without reading bodies. */
    private static final String TITLE_MATCHES = "cast(sql('(ts_filter(?, ''{a,b}'') @@ websearch_to_tsquery(''content_english'', ?))',"
            + " column(%1$s.search_vector), :q) as Boolean) = true";
    /**
     * ts_headline marks matches with U+0002 and U+0003, removed from the text first so that only marks are marks;
     * {@link Snippets} escapes the rest and turns them into {@code <mark>}. ts_headline drops what its parser takes
     * for tags, but not all of them ({@code <img onerror=…>} comes back as is): the escaping is what makes it safe.
     */
    private static final String SNIPPET = "ts_headline('content_english', translate(%s, E'\\x02\\x03', ''),"
            + " websearch_to_tsquery('content_english', :q), 'StartSel=\u0002, StopSel=\u0003, MinWords=15, MaxWords=35')";

    private final EntityManager entityManager;
    private final Ranking ranking;

    public SearchRepository(EntityManager entityManager, Ranking ranking) {
        this.entityManager = entityManager;
        this.ranking = ranking;
    }

    /** A ranked id and its score. */
    record Ranked(UUID id, double score) {
    }

    /**
     * Matching public articles by score, then id, both descending, after (afterScore, afterId) when given; scores
     * computed at scoredAt, so that every page of one search ranks alike. One more than the limit.
     * <p>
     * Only candidates are scored, so that what a word in a fifth of the archive costs is bounded: the
     * newest matches published by scoredAt, and the newest of those that match in the headline, dek or names
     * (where the formula's weights put the best matches), each at most candidates. A query with fewer matches than
     * that is ranked whole. PostgreSQL finds the newest matches of a common word by walking the publication index
     * and those of a rare word through the GIN index, whichever its statistics say is cheaper.
     */
    List<Ranked> ranked(String q, ArticleFilter filter, int candidates, Instant scoredAt, Double afterScore, UUID afterId,
                        int limit, Instant now, Audience audience) {
        Parameters parameters = ranking.bind(Visibility.at(now, audience), scoredAt).and("q", q);
        String newest = " and x.publishedAt <= :scoredAt order by x.publishedAt desc, x.id desc limit " + candidates;
        StringBuilder hql = new StringBuilder("select h.id, h.score from (select a.id as id, " + SCORE + " as score"
                + " from Article a where a.id in ((select x.id ")
                .append(matching("x", MATCHES, filter, parameters, audience)).append(newest).append(") union (select x.id ")
                .append(matching("x", TITLE_MATCHES, filter, parameters, audience)).append(newest).append("))) h");
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

    /** What {@link #tally} found: the matches counted (at most cap + 1) and the facets asked for. */
    record Tally(long counted, List<TopicCount> topics, List<PersonCount> people) {
    }

    /**
     * Counts the newest cap + 1 matching public articles and, of the newest cap of them, how many have each topic
     * and each person (the size most frequent, when asked): one query, one reading of the matches.
     */
    Tally tally(String q, ArticleFilter filter, int cap, boolean topics, boolean people, int size, Instant now,
                Audience audience) {
        Parameters parameters = Visibility.at(now, audience).and("q", q);
        if (topics || people) {
            parameters.and("cap", (long) cap);
        }
        StringBuilder hql = new StringBuilder("with matched as (select a.id as id, row_number() over (order by a.publishedAt desc, a.id desc) as n ")
                .append(matching("a", MATCHES, filter, parameters, audience))
                .append(" order by a.publishedAt desc, a.id desc limit ").append(cap + 1).append(") ");
        // The count goes last: a union's columns take their types from its first branch, and the count's are nulls.
        if (topics) {
            hql.append("(select 1, t.id, t.slug, t.name, count(*) from matched m join Article a on a.id = m.id"
                    + " join a.topics t where m.n <= :cap group by t.id, t.slug, t.name order by count(*) desc, t.name, t.id limit ")
                    .append(size).append(") union all ");
        }
        if (people) {
            hql.append("(select 2, p.id, p.slug, p.name, count(*) from matched m join Article a on a.id = m.id"
                    + " join a.people ap join ap.person p where m.n <= :cap group by p.id, p.slug, p.name"
                    + " order by count(*) desc, p.name, p.id limit ").append(size).append(") union all ");
        }
        hql.append("select 0, null, null, null, count(*) from matched m");
        TypedQuery<Object[]> query = entityManager.createQuery(hql.toString(), Object[].class);
        parameters.map().forEach(query::setParameter);
        long counted = 0;
        List<TopicCount> topicCounts = topics ? new ArrayList<>() : null;
        List<PersonCount> personCounts = people ? new ArrayList<>() : null;
        // Branches of a union come in no promised order: the rows are sorted here.
        List<Object[]> rows = new ArrayList<>(query.getResultList());
        rows.sort(Comparator.comparingLong((Object[] row) -> -((Number) row[4]).longValue())
                .thenComparing(row -> row[3] == null ? "" : (String) row[3]).thenComparing(row -> String.valueOf(row[1])));
        for (Object[] row : rows) {
            int kind = ((Number) row[0]).intValue();
            long count = ((Number) row[4]).longValue();
            if (kind == 0) {
                counted = count;
            } else if (kind == 1) {
                topicCounts.add(new TopicCount((UUID) row[1], (String) row[2], (String) row[3], count));
            } else {
                personCounts.add(new PersonCount((UUID) row[1], (String) row[2], (String) row[3], count));
            }
        }
        return new Tally(counted, topicCounts, personCounts);
    }

    List<Article> articles(Collection<UUID> ids) {
        return entityManager.createQuery("from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * A word of the text (lower case, accents removed by V15's name_search_key) that starts like one of the query's
     * words as the index holds them ("lake" in "lakes", "happ" of "happi" in "happy"): a cheap test of which blocks
     * may hold a match, before ts_headline reads them.
     */
    private static final String MAY_MATCH = "name_search_key(%s) ~ (select '\\m(' ||"
            + " string_agg(regexp_replace(left(l, greatest(3, length(l) - 1)), '([^[:alnum:]])', '\\\\\\1', 'g'), '|') || ')'"
            + " from unnest(tsvector_to_array(to_tsvector('content_english', :q))) as l)";
    /** The text blocks of a body, as article_body_text (V14) reads them. */
    private static final String TEXT_BLOCKS = " from jsonb_array_elements(a.body) as b(block)"
            + " where b.block ->> 'type' in ('paragraph', 'heading', 'pull_quote')";
    /**
     * The passage of a body to show: ts_headline of the first of the first three blocks that may match and do, or
     * failing that the beginning of the first block. Highlighting one block rather than every word of the body is
     * what keeps the snippets of a page of hits cheap: the best hits often match only in the headline, and
     * ts_headline over a whole body that lacks the word costs a millisecond or more per hit.
     */
    private static final String PASSAGE = "coalesce((select c.h from (select " + SNIPPET.formatted("b.block ->> 'text'") + " as h"
            + TEXT_BLOCKS + " and " + MAY_MATCH.formatted("b.block ->> 'text'") + " limit 3) c where strpos(c.h, chr(2)) > 0 limit 1), "
            + "(select " + SNIPPET.formatted("b.block ->> 'text'") + TEXT_BLOCKS + " limit 1), '')";

    /** Highlighted passages of each article's body text and of its dek. */
    Map<UUID, String[]> snippets(Collection<UUID> ids, String q) {
        List<?> rows = entityManager.createNativeQuery("select a.id, " + PASSAGE + ", "
                        + SNIPPET.formatted("coalesce(a.dek, '')") + " from article a where a.id in (:ids)", Object[].class)
                .setParameter("ids", ids).setParameter("q", q).getResultList();
        Map<UUID, String[]> snippets = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            snippets.put((UUID) columns[0], new String[]{(String) columns[1], (String) columns[2]});
        }
        return snippets;
    }

    /** "from Article alias where" it is public, matches and passes the filter. */
    private static String matching(String alias, String match, ArticleFilter filter, Parameters parameters, Audience audience) {
        StringBuilder hql = new StringBuilder("from Article ").append(alias).append(" where ")
                .append(Visibility.publicArticle(alias, audience)).append(" and ").append(match.formatted(alias));
        if (filter.topic() != null) {
            hql.append(" and %1$s.id in (select t1.id from Article t1 join t1.topics t where t.slug = :topic)".formatted(alias));
            parameters.and("topic", filter.topic());
        }
        if (filter.author() != null) {
            hql.append(" and %1$s.id in (select t2.id from Article t2 join t2.authors p where p.slug = :author)".formatted(alias));
            parameters.and("author", filter.author());
        }
        if (filter.person() != null) {
            hql.append(" and %1$s.id in (select t3.id from Article t3 join t3.people ap where ap.person.slug = :person)".formatted(alias));
            parameters.and("person", filter.person());
        }
        if (filter.publishedAfter() != null) {
            hql.append(" and %1$s.publishedAt >= :publishedAfter".formatted(alias));
            parameters.and("publishedAfter", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            hql.append(" and %1$s.publishedAt < :publishedBefore".formatted(alias));
            parameters.and("publishedBefore", filter.publishedBefore());
        }
        return hql.toString();
    }
}
