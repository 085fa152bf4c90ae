package com.modernmedia.content.article;

import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.ArticleStatus;
import com.modernmedia.content.model.Visibility;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.hibernate.LockOptions;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Queries over public articles; every one of them is served by an index of the migrations (V1, V4). */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    private static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";
    private static final String SKIP_LOCKED = "jakarta.persistence.lock.timeout";

    /** A public article to show in full, with its body and hero image (see {@link Article#FULL}). */
    Optional<Article> findPublicBySlug(String slug, Instant now, Audience audience) {
        return find("from Article a where a.slug = :slug and " + Visibility.publicArticle("a", audience),
                Visibility.at(now, audience).and("slug", slug)).withHint(LOAD_GRAPH, full()).firstResultOptional();
    }

    Optional<Article> findPublicById(UUID id, Instant now, Audience audience) {
        return find("from Article a where a.id = :id and " + Visibility.publicArticle("a", audience),
                Visibility.at(now, audience).and("id", id)).withHint(LOAD_GRAPH, full()).firstResultOptional();
    }

    /** The public ones of these articles, in full: one query, their relations then a batch at a time. */
    List<Article> listPublicByIds(Collection<UUID> ids, Instant now, Audience audience) {
        return find("from Article a where a.id in :ids and " + Visibility.publicArticle("a", audience),
                Visibility.at(now, audience).and("ids", ids)).withHint(LOAD_GRAPH, full()).list();
    }

    /** Ids of public articles in id order after the id (the nil UUID: from the first), along the primary key: a full sync's pages. */
    List<UUID> publicIdsAfter(UUID after, int limit, Instant now, Audience audience) {
        TypedQuery<UUID> query = getEntityManager().createQuery("select a.id from Article a where "
                + Visibility.publicArticle("a", audience) + " and a.id > :after order by a.id", UUID.class);
        Visibility.at(now, audience).and("after", after).map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private EntityGraph<?> full() {
        return getEntityManager().getEntityGraph(Article.FULL);
    }

    /**
     * Initializes the article's related articles with their hero images in one statement, where loading the
     * list and then their images would take two.
     */
    void fetchRelated(Article article) {
        getEntityManager().createQuery("from Article a left join fetch a.related r left join fetch r.heroImage where a.id = :id",
                Article.class).setParameter("id", article.id).getResultList();
    }

    /** Any article not deleted, whatever its status: what editors see. */
    Optional<Article> findLiveBySlug(String slug) {
        return find("slug = ?1 and deletedAt is null", slug).firstResultOptional();
    }

    Optional<Article> findLiveById(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    /** Which of these ids are rows of the table that are not deleted; for checking what an article refers to. */
    @SuppressWarnings("unchecked")
    Set<UUID> liveIds(String table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        if (!Set.of("person", "topic", "image", "article").contains(table)) {
            throw new IllegalArgumentException("not a content table: " + table);
        }
        return new HashSet<UUID>(getEntityManager()
                .createNativeQuery("select id from " + table + " where id = any(?1) and deleted_at is null", UUID.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList());
    }

    /** The library image at this URL, if any. */
    UUID imageIdByUrl(String url) {
        List<?> found = getEntityManager()
                .createNativeQuery("select id from image where url = ?1 and deleted_at is null limit 1", UUID.class)
                .setParameter(1, url).getResultList();
        return found.isEmpty() ? null : (UUID) found.get(0);
    }

    /** A page of public articles, newest first, continuing after the cursor; one more than asked to tell if there is a next page. */
    List<Article> listPublic(ArticleFilter filter, Cursor after, int limit, Instant now, Audience audience) {
        Parameters parameters = Visibility.at(now, audience);
        Feed feed = Feed.of(filter);
        StringBuilder hql = new StringBuilder(feed.from(parameters, filter, audience));
        appendFilter(hql, parameters, filter, feed);
        if (after != null) {
            hql.append(" and %1$s <= :afterTime and (%1$s < :afterTime or %2$s < :afterId)".formatted(feed.time, feed.id));
            parameters.and("afterTime", after.instant(0)).and("afterId", after.uuid(1));
        }
        hql.append(" order by %s desc, %s desc".formatted(feed.time, feed.id));
        return find(hql.toString(), parameters).range(0, limit).list();
    }

    long countPublic(ArticleFilter filter, Instant now, Audience audience) {
        Parameters parameters = Visibility.at(now, audience);
        Feed feed = Feed.of(filter);
        StringBuilder hql = new StringBuilder(feed.from(parameters, filter, audience));
        appendFilter(hql, parameters, filter, feed);
        return count(hql.toString(), parameters);
    }

    /**
     * Articles of a status the public does not see, most recently changed first (article_status_updated_idx).
     * A scheduled article is listed until its time comes; then it is published.
     */
    List<Article> listByStatus(ArticleStatus status, ArticleFilter filter, Cursor after, int limit, Instant now) {
        Parameters parameters = new Parameters();
        StringBuilder hql = byStatus(status, filter, parameters, now);
        if (after != null) {
            hql.append(" and a.updatedAt <= :afterTime and (a.updatedAt < :afterTime or a.id < :afterId)");
            parameters.and("afterTime", after.instant(0)).and("afterId", after.uuid(1));
        }
        hql.append(" order by a.updatedAt desc, a.id desc");
        return find(hql.toString(), parameters).range(0, limit).list();
    }

    long countByStatus(ArticleStatus status, ArticleFilter filter, Instant now) {
        Parameters parameters = new Parameters();
        return count(byStatus(status, filter, parameters, now).toString(), parameters);
    }

    private static StringBuilder byStatus(ArticleStatus status, ArticleFilter filter, Parameters parameters, Instant now) {
        StringBuilder hql = new StringBuilder("from Article a where a.status = :status and a.deletedAt is null");
        parameters.and("status", status);
        if (status == ArticleStatus.SCHEDULED) {
            hql.append(" and a.publishedAt > :now");
            parameters.and("now", now);
        }
        if (filter.topic() != null) {
            hql.append(" and a.id in (select x.id from Article x join x.topics t where t.slug = :topic)");
            parameters.and("topic", filter.topic());
        }
        appendFilter(hql, parameters, filter, Feed.ALL);
        return hql;
    }

    /**
     * Which index a list walks, newest first, from the cursor on. A topic's list reads the topic's rows of
     * article_topic, which carry the time the article is public from (V4), so a page costs the same whatever
     * the topic's share of the articles; all other lists read the public feed. Both orders are the same keyset
     * (published_at, id): for a public article, public_at is its published_at. The article's own public
     * condition stays as well, so that a listing that lags its article could only hide it, never show it.
     */
    private enum Feed {
        ALL("a.publishedAt", "a.id"),
        TOPIC("l.publicAt", "l.id.articleId");

        final String time;
        final String id;

        Feed(String time, String id) {
            this.time = time;
            this.id = id;
        }

        static Feed of(ArticleFilter filter) {
            return filter.topic() != null ? TOPIC : ALL;
        }

        String from(Parameters parameters, ArticleFilter filter, Audience audience) {
            if (this == ALL) {
                return "from Article a where " + Visibility.publicArticle("a", audience);
            }
            parameters.and("topic", filter.topic());
            return "from Article a join TopicListing l on l.id.articleId = a.id"
                    + " where l.id.topicId = (select t.id from Topic t where t.slug = :topic) and l.publicAt <= :now and "
                    + Visibility.publicArticle("a", audience);
        }
    }

    private static void appendFilter(StringBuilder hql, Parameters parameters, ArticleFilter filter, Feed feed) {
        if (filter.author() != null) {
            hql.append(" and a.id in (select x.id from Article x join x.authors p where p.slug = :author)");
            parameters.and("author", filter.author());
        }
        if (filter.person() != null) {
            hql.append(" and a.id in (select x.id from Article x join x.people ap where ap.person.slug = :person");
            if (filter.personRole() != null) {
                hql.append(" and ap.role = :role");
                parameters.and("role", filter.personRole());
            }
            hql.append(")");
            parameters.and("person", filter.person());
        }
        if (filter.involving() != null) {
            hql.append(" and (a.id in (select x.id from Article x join x.authors p where p.slug = :involving)")
                    .append(" or a.id in (select x.id from Article x join x.people ap where ap.person.slug = :involving))");
            parameters.and("involving", filter.involving());
        }
        if (filter.publishedAfter() != null) {
            hql.append(" and ").append(feed.time).append(" >= :publishedAfter");
            parameters.and("publishedAfter", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            hql.append(" and ").append(feed.time).append(" < :publishedBefore");
            parameters.and("publishedBefore", filter.publishedBefore());
        }
    }

    /**
     * Scheduled articles whose time has come, locked for publishing; those another transaction holds are
     * skipped (it is publishing them). Served by article_status_published_idx.
     */
    /**
     * Public articles whose embargo ended or rights expired since that was last announced, locked; those another
     * transaction holds are skipped. Served by article_embargo_idx and article_rights_expiry_idx.
     */
    List<Article> lockRightsChanged(Instant now) {
        return find("status in ?1 and deletedAt is null and ((embargoUntil <= ?2 and (rightsAnnouncedAt is null or rightsAnnouncedAt < embargoUntil)) "
                        + "or (syndicationExpiresAt <= ?2 and (rightsAnnouncedAt is null or rightsAnnouncedAt < syndicationExpiresAt)))",
                ArticleStatus.PUBLIC, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SKIP_LOCKED, LockOptions.SKIP_LOCKED).list();
    }

    List<Article> lockDueScheduled(Instant now) {
        return find("status = ?1 and publishedAt <= ?2 and deletedAt is null", ArticleStatus.SCHEDULED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SKIP_LOCKED, LockOptions.SKIP_LOCKED).list();
    }

    /** The articles (any status, not deleted) that name this one among their related stories. */
    /** Locks the article's row until the transaction ends, as its update would; FK checks of rows naming it do not wait. */
    void lockRow(UUID articleId) {
        getEntityManager().createNativeQuery("select id from article where id = :id for no key update")
                .setParameter("id", articleId).getResultList();
    }

    /**
     * Locks the people's rows until the transaction ends, in id order so that two writes never wait for each
     * other. FOR NO KEY UPDATE: it waits for another such lock or an edit of the person, not for articles that
     * merely refer to them.
     */
    void lockPeople(Collection<UUID> people) {
        getEntityManager().createNativeQuery("select id from person where id in (:people) order by id for no key update")
                .setParameter("people", people).getResultList();
    }

    /**
     * Of these people, those that a published article other than this one shows as an author or a person in it:
     * one the change log has announced. A scheduled article whose time has come is not counted until the job
     * publishes it (and announces its people then).
     */
    Set<UUID> peopleAnnouncedByOtherArticles(Collection<UUID> people, UUID articleId) {
        return Set.copyOf(getEntityManager().createQuery("select p.id from Person p where p.id in :people and p.deletedAt is null and "
                        + "(exists (select 1 from Article a join a.authors au where au = p and a.id <> :article and a.status = :published "
                        + "and a.deletedAt is null) or exists (select 1 from Article a join a.people ap where ap.person = p "
                        + "and a.id <> :article and a.status = :published and a.deletedAt is null))", UUID.class)
                .setParameter("people", people).setParameter("article", articleId)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList());
    }

    List<UUID> relatingTo(UUID articleId) {
        return getEntityManager().createQuery("select a.id from Article a join a.related r where r.id = :id and a.deletedAt is null",
                UUID.class).setParameter("id", articleId).getResultList();
    }
}
