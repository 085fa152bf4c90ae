package com.modernmedia.content.model;

import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** Words someone said, as an article prints them, with where they stand and who the speaker was then. */
@Entity
@Table(name = "quote")
public class Quote extends ContentEntity {

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

    /**
     * The article's published_at while the article is published or scheduled and neither it nor the quote is
     * deleted, else null: the keyset of a person's quotes. Kept by the database's triggers (V5), never written here.
     */
    @Column(name = "public_at", insertable = false, updatable = false)
    public Instant publicAt;
}
