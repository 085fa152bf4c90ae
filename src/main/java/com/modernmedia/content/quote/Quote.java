package com.modernmedia.content.quote;

import com.modernmedia.content.article.Article;
import com.modernmedia.content.person.Person;
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

/** Words someone said, as an article prints them, with where they stand and who the speaker was then. */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    public UUID id;

    public String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    /** Index of the body block that holds the words. */
    @Column(name = "block_index")
    public int blockIndex;

    /**
     * Order of the quote within its article: its live quotes by block, then by creation, from 0;
     * deleted ones after them. Recomputed by every write, never set by a client.
     */
    public int position;

    public String title;

    public String affiliation;

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

    /**
     * The article's published_at while the article is published or scheduled and neither it nor the quote is
     * deleted, else null: the keyset of a person's quotes. Kept by the database's triggers (V5), never written here.
     */
    @Column(name = "public_at", insertable = false, updatable = false)
    public Instant publicAt;
}
