package com.modernmedia.content.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One change of an article: who, when, which fields, and the article as it was written then. */
@Entity
@Table(name = "article_revision")
class ArticleRevision {

    @EmbeddedId
    Key key;

    @Column(name = "changed_at")
    Instant changedAt;

    @Column(name = "changed_by")
    String changedBy;

    String action;

    /** JSON array of the names of the fields that changed. */
    @JdbcTypeCode(SqlTypes.JSON)
    String changes;

    /** JSON of the ArticleInput after the change (status and publication time included). */
    @JdbcTypeCode(SqlTypes.JSON)
    String snapshot;

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "article_id")
        UUID articleId;

        int revision;

        Key() {
        }

        Key(UUID articleId, int revision) {
            this.articleId = articleId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && articleId.equals(key.articleId) && revision == key.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, revision);
        }
    }
}
