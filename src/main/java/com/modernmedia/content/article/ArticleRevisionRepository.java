package com.modernmedia.content.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ArticleRevisionRepository implements PanacheRepositoryBase<ArticleRevision, ArticleRevision.Key> {

    static final String CURSOR_KIND = "revision";

    /** Newest first, before a revision number when given; one more than asked. */
    List<ArticleRevision> listNewestFirst(UUID articleId, Integer before, int limit) {
        return find("key.articleId = :article" + (before == null ? "" : " and key.revision < :before")
                        + " order by key.revision desc",
                before == null ? Parameters.with("article", articleId) : Parameters.with("article", articleId).and("before", before))
                .range(0, limit).list();
    }

    Optional<ArticleRevision> findOne(UUID articleId, int revision) {
        return findByIdOptional(new ArticleRevision.Key(articleId, revision));
    }
}
