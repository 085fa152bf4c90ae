package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Public representations rendered on write and stored in PostgreSQL (V19's stored_document) as the bytes a read
 * sends, with their ETag and cache tags, so that a read the representation cache misses costs one indexed read.
 * A document is served only while it is fresh: the change log marks it stale in the transaction of every write
 * that changes what it shows, and a renderer stores it again ({@link #store}) only if no change committed since
 * it began to read has touched it. Only the public's (no key) representations are stored.
 */
@ApplicationScoped
public class StoredDocuments {

    /** A stored representation: its bytes (JSON) and what describes them. */
    public record Document(byte[] body, String etag, String surrogateKey, Integer revision, Instant lastModified) {
    }

    /**
     * What a renderer made of one resource: its public representation ({@code dto}, null when the public does not
     * see it any more), the time it last changed, from when it may be served, and the tags of what it may show
     * later without showing it now ({@code dependsOn}: an article's related stories that are not public yet).
     */
    public record Rendering(UUID id, String slug, Object dto, Instant lastModified, Instant visibleFrom, Set<String> dependsOn) {

        public static Rendering gone(UUID id) {
            return new Rendering(id, null, null, null, null, Set.of());
        }
    }

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    StoredDocuments(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * The fresh document of a resource of this kind, by slug or id, if one may be served now. Plain JDBC on the
     * session's connection (so on the database ReadRouting picked): this is every cache miss of an article, and
     * Hibernate's native query machinery cost as much as the rest of the lookup.
     */
    public Optional<Document> find(ContentKind kind, String slugOrId, Instant now) {
        boolean byId = SlugResolver.UUID_SHAPE.matcher(slugOrId).matches();
        String sql = "select body, etag, surrogate_key, revision, last_modified from stored_document where kind = ? and "
                + (byId ? "id = ?" : "slug = ?") + " and not stale and visible_from <= ?";
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, kind.value());
                statement.setObject(2, byId ? UUID.fromString(slugOrId) : slugOrId);
                statement.setObject(3, now.atOffset(ZoneOffset.UTC));
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    int revision = row.getInt(4);
                    return Optional.of(new Document(row.getBytes(1), row.getString(2), row.getString(3),
                            row.wasNull() ? null : revision, row.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        });
    }

    /** Where the change log stands: a renderer reads it before anything it renders from. */
    public long position() {
        return ((Number) entityManager.createNativeQuery("select position from change_log_head").getSingleResult()).longValue();
    }

    /** The resources of this kind whose documents are stale or asked for, at most limit. */
    @SuppressWarnings("unchecked")
    public List<UUID> stale(ContentKind kind, int limit) {
        return entityManager.createNativeQuery("select id from stored_document where kind = :kind and stale limit :limit", UUID.class)
                .setParameter("kind", kind.value()).setParameter("limit", limit).getResultList();
    }

    /**
     * Stores what was rendered from data read after the change log stood at {@code from}: each document unless a
     * change committed since then touches one of its tags (it may have been read before that change; it stays
     * stale and is rendered again). Under the lock of the log's head, which every write takes as it commits: a
     * change commits either before this (and is seen here) or after (and marks what this stored stale).
     *
     * @return how many were stored or removed
     */
    @Transactional
    public int store(ContentKind kind, long from, Collection<Rendering> renderings) {
        entityManager.createNativeQuery("select position from change_log_head for update").getSingleResult();
        int done = 0;
        for (Rendering rendering : renderings) {
            if (rendering.dto() == null) {
                done += entityManager.createNativeQuery("delete from stored_document where kind = :kind and id = :id"
                                + " and not exists (select 1 from change_log where position > :from and stale_tags is not null"
                                + " and string_to_array(stale_tags, ' ') && array[cast(:tag as text)])")
                        .setParameter("kind", kind.value()).setParameter("id", rendering.id()).setParameter("from", from)
                        .setParameter("tag", kind.tag(rendering.id())).executeUpdate();
                continue;
            }
            byte[] body = serialize(rendering.dto());
            Set<String> shown = CacheTags.of(rendering.dto(), rendering.dto().getClass(), "");
            Set<String> tags = new LinkedHashSet<>(shown);
            tags.add(kind.tag(rendering.id()));
            tags.addAll(rendering.dependsOn());
            Integer revision = rendering.dto() instanceof Versioned versioned ? versioned.revision() : null;
            done += entityManager.createNativeQuery("insert into stored_document as d (kind, id, slug, body, etag, surrogate_key,"
                            + " revision, last_modified, visible_from, tags, stale)"
                            + " select :kind, :id, :slug, :body, :etag, :surrogateKey, :revision, :lastModified, :visibleFrom,"
                            + " cast(:tags as text[]), false"
                            + " where not exists (select 1 from change_log where position > :from and stale_tags is not null"
                            + " and string_to_array(stale_tags, ' ') && cast(:tags as text[]))"
                            + " on conflict (kind, id) do update set slug = excluded.slug, body = excluded.body, etag = excluded.etag,"
                            + " surrogate_key = excluded.surrogate_key, revision = excluded.revision,"
                            + " last_modified = excluded.last_modified, visible_from = excluded.visible_from, tags = excluded.tags,"
                            + " stale = false")
                    .setParameter("kind", kind.value()).setParameter("id", rendering.id()).setParameter("slug", rendering.slug())
                    .setParameter("body", body).setParameter("etag", Preconditions.etag(revision, body))
                    .setParameter("surrogateKey", String.join(" ", shown)).setParameter("revision", revision)
                    .setParameter("lastModified", rendering.lastModified()).setParameter("visibleFrom", rendering.visibleFrom())
                    .setParameter("tags", tags.toArray(String[]::new)).setParameter("from", from)
                    .executeUpdate();
        }
        return done;
    }

    private byte[] serialize(Object dto) {
        try {
            return mapper.writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + dto.getClass().getSimpleName(), e);
        }
    }
}
