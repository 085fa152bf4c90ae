package com.modernmedia.content.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A subject the magazine covers; topics form a tree through their parent. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Topic parent;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Raised by every edit; a concurrent edit of the same revision fails (optimistic locking). */
    @Version
    public int revision;

    /** Set when deleted: the row stays as a tombstone. */
    @Column(name = "deleted_at")
    public Instant deletedAt;
}
