package com.modernmedia.content.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A slug an article, person or topic had before, kept so that old links answer 301. */
@Entity
@Table(name = "slug_redirect")
public class SlugRedirect {

    @EmbeddedId
    public Key key;

    @Column(name = "target_id")
    public UUID targetId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Embeddable
    public static class Key implements Serializable {

        public String kind;

        @Column(name = "old_slug")
        public String oldSlug;

        public Key() {
        }

        public Key(String kind, String oldSlug) {
            this.kind = kind;
            this.oldSlug = oldSlug;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && kind.equals(key.kind) && oldSlug.equals(key.oldSlug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, oldSlug);
        }
    }
}
