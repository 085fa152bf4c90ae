package com.modernmedia.content.changelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One committed change of one resource; rows are only ever inserted (by {@link ChangeLog}) and pruned. */
@Entity
@Immutable
@Table(name = "change_log")
class ChangeEntry {

    @Id
    long position;

    String kind;

    @Column(name = "resource_id")
    UUID resourceId;

    String action;

    int revision;

    @Column(name = "changed_at")
    Instant changedAt;

    @Column(name = "key_id")
    UUID keyId;

    @Column(name = "key_name")
    String keyName;

    /** The cache tags the write made stale, space-separated; null on entries written before V18. */
    @Column(name = "stale_tags")
    String staleTags;
}
