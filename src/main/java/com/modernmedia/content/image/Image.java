package com.modernmedia.content.image;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A picture with what the magazine prints around it: caption, alt text and the agency credit line. */
@Entity
@Table(name = "image")
public class Image {

    @Id
    public UUID id;

    public String url;

    public Integer width;

    public Integer height;

    @Column(name = "alt_text")
    public String altText;

    public String caption;

    public String credit;

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
