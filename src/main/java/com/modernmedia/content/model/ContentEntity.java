package com.modernmedia.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** What every kind of content has, and what the write pipeline keeps: identity, times, revision, tombstone. */
@MappedSuperclass
public abstract class ContentEntity {

    @Id
    public UUID id;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Raised by exactly one on every write that changes something; a concurrent write of the same revision fails. */
    @Version
    public int revision;

    /** Set when deleted: the row stays as a tombstone, never public again. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
