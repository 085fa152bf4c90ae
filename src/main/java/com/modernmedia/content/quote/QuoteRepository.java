package com.modernmedia.content.quote;

import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.Person;
import com.modernmedia.content.model.Quote;
import com.modernmedia.content.model.Visibility;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Cursor;
import com.modernmedia.content.shared.Ranking;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class QuoteRepository implements PanacheRepositoryBase<Quote, UUID> {

    /** The words of a quote as the GIN index of V16 holds them. */
    private static final String WORDS = "sql('to_tsvector(''content_english'', ?)', column(q.text))";
    private static final String SCORE = Ranking.score(WORDS, "a.publishedAt");

    private final Ranking ranking;

    QuoteRepository(Ranking ranking) {
        this.ranking = ranking;
    }

    /** A quote that holds the words searched for, and its score. */
    record Ranked(Quote quote, double score) {
    }

    Optional<Quote> findLiveById(UUID id) {
        return find("id = ?1 and deletedAt is null and article.deletedAt is null", id).firstResultOptional();
    }

    Optional<Quote> findPublicById(UUID id, Instant now, Audience audience) {
        return find("from Quote q join fetch q.person join fetch q.article a where q.id = :id and q.deletedAt is null and "
                + Visibility.publicArticle("a", audience), Visibility.at(now, audience).and("id", id)).firstResultOptional();
    }

    /** Ids of public quotes in id order after the id (the nil UUID: from the first): a full sync's pages. */
    List<UUID> publicIdsAfter(UUID after, int limit, Instant now, Audience audience) {
        TypedQuery<UUID> query = getEntityManager().createQuery("select q.id from Quote q join q.article a where q.deletedAt is null and "
                + Visibility.publicArticle("a", audience) + " and q.id > :after order by q.id", UUID.class);
        Visibility.at(now, audience).and("after", after).map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    Optional<Article> findLiveArticle(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Article.class, id)).filter(a -> a.deletedAt == null);
    }

    Optional<Person> findPerson(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Person.class, id));
    }

    /**
     * Locks the articles whose quotes a write renumbers, until it commits, so two writes never renumber one
     * article at once; in id order, so that two writes never wait for each other.
     */
    void lockArticles(Collection<UUID> articleIds) {
        getEntityManager().createQuery("from Article a where a.id in :ids order by a.id", Article.class)
                .setParameter("ids", articleIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** A position no quote of the article holds, for a quote that joins it until {@link #renumber} places it. */
    int nextPosition(UUID articleId) {
        return getEntityManager().createQuery("select coalesce(max(q.position) + 1, 0) from Quote q where q.article.id = :article",
                Integer.class).setParameter("article", articleId).getSingleResult();
    }

    /**
     * Numbers the article's live quotes 0, 1, 2... by block, then by creation, and its deleted ones after them.
     * Positions are unique per article and checked row by row, so first every quote moves above the highest
     * position, where the final numbers cannot collide. Bulk SQL: a quote moved by another's write keeps its revision.
     */
    void renumber(UUID articleId) {
        getEntityManager().createNativeQuery("update quote set position = position "
                        + "+ (select max(position) + 1 from quote where article_id = :article) where article_id = :article")
                .setParameter("article", articleId).executeUpdate();
        getEntityManager().createNativeQuery("update quote q set position = ordered.position from (select id, "
                        + "row_number() over (order by deleted_at is not null, block_index, created_at, id) - 1 as position "
                        + "from quote where article_id = :article) ordered where q.id = ordered.id")
                .setParameter("article", articleId).executeUpdate();
    }

    List<Quote> findByArticle(UUID articleId) {
        return find("from Quote q join fetch q.person where q.article.id = ?1 and q.deletedAt is null order by q.position", articleId).list();
    }

    /**
     * Newest article first, in reading order within an article; one more than asked to tell if there is a next page.
     * A person's quotes walk the person's range of quote_person_public_idx (V5), which holds the time each
     * quote's article is public from, from the cursor on: a page costs the same however often the person is
     * quoted. Other lists walk the articles' public feed. For a public quote both give the same keyset
     * (published_at, article id, position); the article's own public condition stays in both.
     */
    List<Quote> listPublic(QuoteFilter filter, Cursor after, int limit, Instant now, Audience audience) {
        Parameters parameters = Visibility.at(now, audience);
        String time = filter.person() != null ? "q.publicAt" : "a.publishedAt";
        String article = filter.person() != null ? "q.article.id" : "a.id";
        StringBuilder hql = new StringBuilder("from Quote q join fetch q.person p join fetch q.article a where q.deletedAt is null and ")
                .append(Visibility.publicArticle("a", audience));
        appendFilter(hql, parameters, filter);
        if (after != null) {
            hql.append(" and %1$s <= :afterTime and (%1$s < :afterTime or %2$s < :afterArticle".formatted(time, article))
                    .append(" or (%s = :afterArticle and q.position > :afterPosition))".formatted(article));
            parameters.and("afterTime", after.instant(0)).and("afterArticle", after.uuid(1))
                    .and("afterPosition", after.integer(2));
        }
        hql.append(" order by %s desc, %s desc, q.position".formatted(time, article));
        return find(hql.toString(), parameters).range(0, limit).list();
    }

    /**
     * Public quotes that hold the words (filter.text()), best first: by score, then by id, both descending, after
     * the cursor's (score, id) when there is one. Scores are computed at scoredAt, so that every page of one search
     * ranks alike. At most limit: the caller asks one more than a page, to tell whether there is a next one.
     */
    List<Ranked> listRanked(QuoteFilter filter, Instant scoredAt, Cursor after, int limit, Instant now, Audience audience) {
        Parameters parameters = ranking.bind(Visibility.at(now, audience), scoredAt);
        StringBuilder hql = new StringBuilder("select q, ").append(SCORE)
                .append(" from Quote q join fetch q.person p join fetch q.article a where q.deletedAt is null and ")
                .append(Visibility.publicArticle("a", audience));
        appendFilter(hql, parameters, filter);
        if (after != null) {
            hql.append(" and (").append(SCORE).append(" < :afterScore or (").append(SCORE).append(" = :afterScore and q.id < :afterId))");
            parameters.and("afterScore", after.decimal(1)).and("afterId", after.uuid(2));
        }
        hql.append(" order by 2 desc, q.id desc"); // 2: the score, as selected
        TypedQuery<Object[]> query = getEntityManager().createQuery(hql.toString(), Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> new Ranked((Quote) row[0], ((Number) row[1]).doubleValue())).toList();
    }

    long countPublic(QuoteFilter filter, Instant now, Audience audience) {
        Parameters parameters = Visibility.at(now, audience);
        StringBuilder hql = new StringBuilder("from Quote q join q.person p join q.article a where q.deletedAt is null and ")
                .append(Visibility.publicArticle("a", audience));
        appendFilter(hql, parameters, filter);
        return count(hql.toString(), parameters);
    }

    private static void appendFilter(StringBuilder hql, Parameters parameters, QuoteFilter filter) {
        if (filter.person() != null) {
            // The id first (an InitPlan), so that PostgreSQL reads the person's quotes in index order.
            hql.append(" and q.person.id = (select x.id from Person x where x.slug = :person) and q.publicAt <= :now");
            parameters.and("person", filter.person());
        }
        if (filter.article() != null) {
            hql.append(" and a.slug = :article");
            parameters.and("article", filter.article());
        }
        if (filter.topic() != null) {
            hql.append(" and a.id in (select x.id from Article x join x.topics t where t.slug = :topic)");
            parameters.and("topic", filter.topic());
        }
        if (filter.text() != null) {
            // The expression of the GIN index (V16); PostgreSQL simplifies "= true" away, so the index serves it.
            hql.append(" and cast(sql('(to_tsvector(''content_english'', ?) @@ websearch_to_tsquery(''content_english'', ?))',"
                    + " column(q.text), :q) as Boolean) = true");
            parameters.and("q", filter.text());
        }
    }
}
