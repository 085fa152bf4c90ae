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

/** A POST made with an Idempotency-Key, and the answer it got, to give again to a retry. */
@Entity
@Table(name = "idempotent_request")
class IdempotentRequest {

    /** Status of a claim until its answer is recorded, in the same transaction: never committed. */
    static final int UNANSWERED = 0;

    @EmbeddedId
    Key key;

    @Column(name = "request_hash")
    String requestHash;

    int status;

    String location;

    String etag;

    String body;

    @Column(name = "created_at")
    Instant createdAt;

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "key_id")
        UUID keyId;

        @Column(name = "idempotency_key")
        String idempotencyKey;

        Key() {
        }

        Key(UUID keyId, String idempotencyKey) {
            this.keyId = keyId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && keyId.equals(key.keyId) && idempotencyKey.equals(key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, idempotencyKey);
        }
    }
}
