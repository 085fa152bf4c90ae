package com.modernmedia.content.topic;

import com.modernmedia.content.model.Topic;
import com.modernmedia.content.model.Visibility;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Cursor;
import com.modernmedia.content.shared.NameSimilarity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TopicRepository implements PanacheRepositoryBase<Topic, UUID> {

    static final String CURSOR_KIND = "topic";
    private static final String NAME_MATCHES = "function('name_search_matches', :query, name) = true";
    private static final String NAME_RANK = "function('name_search_rank', :query, name)";

    private final NameSimilarity nameSimilarity;

    TopicRepository(NameSimilarity nameSimilarity) {
        this.nameSimilarity = nameSimilarity;
    }

    Optional<Topic> findBySlug(String slug) {
        return find("slug = ?1 and deletedAt is null", slug).firstResultOptional();
    }

    Optional<Topic> findLiveById(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    /** Ids of topics not deleted, in id order after the id (the nil UUID: from the first): a full sync's pages. */
    List<UUID> liveIdsAfter(UUID after, int limit) {
        return getEntityManager().createQuery("select t.id from Topic t where t.deletedAt is null and t.id > :after order by t.id",
                        UUID.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** Any topic, deleted ones too, holds its slug. */
    boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    long countLive() {
        return count("deletedAt is null");
    }

    /** Articles (any status but deleted) that carry the topic. */
    long countArticlesUsing(UUID topicId) {
        return getEntityManager().createQuery("select count(a) from Article a join a.topics t where t.id = :id "
                + "and a.deletedAt is null", Long.class).setParameter("id", topicId).getSingleResult();
    }

    /** By name; one more than asked to tell if there is a next page. */
    List<Topic> listByName(Cursor after, int limit) {
        if (after == null) {
            return find("deletedAt is null", Sort.by("name").and("id")).range(0, limit).list();
        }
        return find("deletedAt is null and name >= :afterName and (name > :afterName or id > :afterId)", Sort.by("name").and("id"),
                Parameters.with("afterName", after.string(0)).and("afterId", after.uuid(1))).range(0, limit).list();
    }

    /**
     * Live topics whose name matches what was typed (V15), a word of it at least as similar as similarity (0 to 1),
     * best match first, then by name; at most limit.
     */
    List<Topic> search(String query, double similarity, int limit) {
        nameSimilarity.setForTransaction(similarity);
        return find("deletedAt is null and " + NAME_MATCHES + " order by " + NAME_RANK + " desc, name, id",
                Parameters.with("query", query)).range(0, limit - 1).list();
    }

    long countMatching(String query, double similarity) {
        nameSimilarity.setForTransaction(similarity);
        return count("deletedAt is null and " + NAME_MATCHES, Parameters.with("query", query));
    }

    List<Topic> findChildren(UUID parentId) {
        return find("parent.id = ?1 and deletedAt is null", Sort.by("name").and("id"), parentId).list();
    }

    /**
     * Published articles per topic, in one statement for a whole page of topics: an index-only count of the
     * topics' listings that are public by now (V4), without reading the articles.
     */
    Map<UUID, Long> countPublicArticles(Collection<UUID> topicIds, Instant now, Audience audience) {
        Map<UUID, Long> counts = new HashMap<>();
        if (topicIds.isEmpty()) {
            return counts;
        }
        // A partner counts only the articles its rights allow: that needs the articles themselves.
        TypedQuery<Object[]> query = getEntityManager().createQuery("select l.id.topicId, count(l) from TopicListing l"
                + (audience.isPartner() ? " join Article a on a.id = l.id.articleId where " + Visibility.publicArticle("a", audience)
                + " and" : " where") + " l.id.topicId in :ids and l.publicAt <= :now group by l.id.topicId", Object[].class);
        (audience.isPartner() ? Visibility.at(now, audience) : Parameters.with("now", now)).and("ids", topicIds).map()
                .forEach(query::setParameter);
        query.getResultList().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
