package com.modernmedia.content.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A key that lets a newsroom tool or partner call the API; only its hash is kept. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    UUID id;

    String name;

    String role;

    @Column(name = "key_hash")
    String keyHash;

    @Column(name = "key_prefix")
    String keyPrefix;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "last_used_at")
    Instant lastUsedAt;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    /** A partner's region (ISO 3166-1 alpha-2), matched against articles limited to regions. */
    String region;

    boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
