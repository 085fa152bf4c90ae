package com.modernmedia.content.person;

import com.modernmedia.content.image.Image;
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

/** Someone who writes for the magazine, is quoted in it or is mentioned by it. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    public String slug;

    public String name;

    public String honorific;

    public String bio;

    /** The current title; an article keeps the title someone was quoted under at the time. */
    public String title;

    public String affiliation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public Image image;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Raised by every edit; a concurrent edit of the same revision fails (optimistic locking). */
    @Version
    public int revision;

    /** Set when deleted: the row stays as a tombstone, never public again. */
    @Column(name = "deleted_at")
    public Instant deletedAt;
}
