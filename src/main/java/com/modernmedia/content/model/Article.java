package com.modernmedia.content.model;

import com.modernmedia.content.model.Image;
import com.modernmedia.content.model.Person;
import com.modernmedia.content.model.Topic;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A story as the magazine publishes it. Relations load lazily, a whole page at a time (batch fetching). */
@Entity
@Table(name = "article")
@NamedEntityGraph(name = Article.FULL, attributeNodes = {@NamedAttributeNode("body"), @NamedAttributeNode("callToAction"),
        @NamedAttributeNode("heroImage")})
public class Article extends ContentEntity {

    /**
     * Loads the lazy body and call to action, and the hero image, with the row itself: a full article shows
     * them, and reading them on first access would cost a statement each (the body a second read of the row).
     */
    public static final String FULL = "Article.full";

    public String slug;

    public String headline;

    public String dek;

    public ArticleStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "word_count")
    public int wordCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hero_image_id")
    public Image heroImage;

    /** The body blocks as stored JSON; see {@link BodyBlock}. Lazy: lists never need it. */
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "call_to_action")
    public String callToAction;

    /** Syndication rights: what partners' keys may see of it (Visibility.SYNDICATED); the public is not affected. */
    @Column(name = "syndication_allowed")
    public boolean syndicationAllowed = true;

    /** Key names of the partners it is limited to; empty: every partner. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "syndication_partners")
    public String[] syndicationPartners = new String[0];

    /** Regions (ISO 3166-1 alpha-2) it is limited to; empty: every region. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "syndication_regions")
    public String[] syndicationRegions = new String[0];

    /** Whether partners the rights allow get the body too; false: a teaser (headline, dek, byline, links). */
    @Column(name = "syndication_full_text")
    public boolean syndicationFullText = true;

    @Column(name = "embargo_until")
    public Instant embargoUntil;

    @Column(name = "syndication_expires_at")
    public Instant syndicationExpiresAt;

    /** When the service last logged that an embargo ended or rights expired, with time alone. */
    @Column(name = "rights_announced_at")
    public Instant rightsAnnouncedAt;

    @ManyToMany
    @JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Person> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_topic", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderColumn(name = "position")
    public List<Topic> topics = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_related", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderColumn(name = "position")
    public List<Article> related = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_person", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<ArticlePerson> people = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_image", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "image_id"))
    public Set<Image> images = new HashSet<>();
}
