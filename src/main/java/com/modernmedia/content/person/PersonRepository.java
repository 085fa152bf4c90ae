package com.modernmedia.content.person;

import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.Person;
import com.modernmedia.content.model.PersonRole;
import com.modernmedia.content.model.Visibility;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Cursor;
import com.modernmedia.content.shared.NameSimilarity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries over public people: those who wrote, are quoted in or are mentioned
 * in a public article. Someone who only stands in a draft stays unknown, and
 * a deleted person is never public again.
 */
@ApplicationScoped
class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    private static final String NAME_MATCHES = "function('name_search_matches', :query, p.name) = true";
    private static final String NAME_RANK = "function('name_search_rank', :query, p.name)";

    private final NameSimilarity nameSimilarity;

    PersonRepository(NameSimilarity nameSimilarity) {
        this.nameSimilarity = nameSimilarity;
    }

    /** Someone a public article shows, that the audience sees (Visibility.publicArticle), as an author or one of its people. */
    private static String isPublic(Audience audience) {
        return "p.deletedAt is null and (exists (select 1 from Article a join a.authors au where au = p and "
                + Visibility.publicArticle("a", audience) + ") or exists (select 1 from Article a join a.people ap where ap.person = p and "
                + Visibility.publicArticle("a", audience) + "))";
    }

    Optional<Person> findPublicBySlug(String slug, Instant now, Audience audience) {
        return find("from Person p left join fetch p.image where p.slug = :slug and " + isPublic(audience),
                Visibility.at(now, audience).and("slug", slug)).firstResultOptional();
    }

    Optional<Person> findPublicById(UUID id, Instant now, Audience audience) {
        return find("from Person p left join fetch p.image where p.id = :id and " + isPublic(audience),
                Visibility.at(now, audience).and("id", id)).firstResultOptional();
    }

    /** Ids of public people in id order after the id (the nil UUID: from the first): a full sync's pages. */
    List<UUID> publicIdsAfter(UUID after, int limit, Instant now, Audience audience) {
        TypedQuery<UUID> query = getEntityManager().createQuery("select p.id from Person p where " + isPublic(audience)
                + " and p.id > :after order by p.id", UUID.class);
        Visibility.at(now, audience).and("after", after).map().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** A person who is not deleted, public or not: what the write API edits. */
    Optional<Person> findLiveBySlug(String slug) {
        return find("from Person p left join fetch p.image where p.slug = ?1 and p.deletedAt is null", slug)
                .firstResultOptional();
    }

    Optional<Person> findLiveById(UUID id) {
        return find("from Person p left join fetch p.image where p.id = ?1 and p.deletedAt is null", id)
                .firstResultOptional();
    }

    /** Articles (any status but deleted) the person wrote or appears in. */
    long countArticlesUsing(UUID personId) {
        return getEntityManager().createQuery("select count(a) from Article a where a.deletedAt is null and ("
                        + "exists (select 1 from Article x join x.authors au where x.id = a.id and au.id = :id) or "
                        + "exists (select 1 from Article x join x.people ap where x.id = a.id and ap.person.id = :id))", Long.class)
                .setParameter("id", personId).getSingleResult();
    }

    /** Quotes the person said that reads can still show: the quote and its article not deleted. */
    long countQuotesBy(UUID personId) {
        return getEntityManager().createQuery("select count(q) from Quote q where q.person.id = :id and q.deletedAt is null "
                + "and q.article.deletedAt is null", Long.class).setParameter("id", personId).getSingleResult();
    }

    /** By name; one more than asked to tell if there is a next page. */
    List<Person> listPublic(Cursor after, int limit, Instant now, Audience audience) {
        Parameters parameters = Visibility.at(now, audience);
        StringBuilder hql = new StringBuilder("from Person p where ").append(isPublic(audience));
        if (after != null) {
            hql.append(" and p.name >= :afterName and (p.name > :afterName or p.id > :afterId)");
            parameters.and("afterName", after.string(0)).and("afterId", after.uuid(1));
        }
        hql.append(" order by p.name, p.id");
        return find(hql.toString(), parameters).range(0, limit).list();
    }

    /**
     * Public people whose name matches what was typed (V15), a word of it at least as similar as similarity (0 to 1),
     * best match first, then by name; at most limit.
     */
    List<Person> searchPublic(String query, double similarity, int limit, Instant now, Audience audience) {
        nameSimilarity.setForTransaction(similarity);
        return find("from Person p where " + isPublic(audience) + " and " + NAME_MATCHES + " order by " + NAME_RANK
                + " desc, p.name, p.id", Visibility.at(now, audience).and("query", query)).range(0, limit - 1).list();
    }

    long countPublicMatching(String query, double similarity, Instant now, Audience audience) {
        nameSimilarity.setForTransaction(similarity);
        return count("from Person p where " + isPublic(audience) + " and " + NAME_MATCHES,
                Visibility.at(now, audience).and("query", query));
    }

    long countPublic(Instant now, Audience audience) {
        return count("from Person p where " + isPublic(audience), Visibility.at(now, audience));
    }

    /** The articles the audience sees that the person wrote, is quoted in and is mentioned in. */
    PersonArticleCounts countArticles(UUID personId, Instant now, Audience audience) {
        return new PersonArticleCounts(
                countArticles("join a.authors au where au.id = :person", personId, null, now, audience),
                countArticles("join a.people ap where ap.person.id = :person and ap.role = :role", personId, PersonRole.QUOTED, now,
                        audience),
                countArticles("join a.people ap where ap.person.id = :person and ap.role = :role", personId, PersonRole.MENTIONED, now,
                        audience));
    }

    private long countArticles(String condition, UUID personId, PersonRole role, Instant now, Audience audience) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(a) from Article a " + condition + " and "
                + Visibility.publicArticle("a", audience), Long.class);
        Visibility.at(now, audience).and("person", personId).map().forEach(query::setParameter);
        if (role != null) {
            query.setParameter("role", role);
        }
        return query.getSingleResult();
    }
}
