package com.modernmedia.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * An article on a topic, as the topic's lists read it: a row of {@code article_topic} with the time the
 * article is public from (V4, kept by triggers). Only queries use it; {@link Article#topics} writes the rows.
 */
@Entity
@Immutable
@Table(name = "article_topic")
public class TopicListing {

    @EmbeddedId
    public Key id;

    /** The article's published_at while it is published or scheduled and not deleted, else null. */
    @Column(name = "public_at")
    public Instant publicAt;

    @Embeddable
    public record Key(@Column(name = "topic_id") UUID topicId, @Column(name = "article_id") UUID articleId) {
    }
}
