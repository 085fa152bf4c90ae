package com.modernmedia.content;

import com.modernmedia.content.shared.ApiDoc;

import com.modernmedia.content.shared.RepresentationCache;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one builder of test data. Writes straight to PostgreSQL, past the write
 * API and its cache invalidation, so it empties the representation cache after
 * each statement, as an operator must after editing rows by hand. Each test
 * states just the facts it is about:
 * {@code fixtures.article("Headline").by(author).on(topic).quoting(expert, "words").publish()}.
 */
@ApplicationScoped
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Test articles are published in the past, a minute apart, so "newest first" is predictable. */
    private static final Instant BASE_TIME = Instant.parse("2025-06-01T08:00:00Z");

    private final AgroalDataSource dataSource;
    private final RepresentationCache cache;

    public Fixtures(AgroalDataSource dataSource, RepresentationCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    /** The admin key the test profile bootstraps (content.admin-key). */
    public static final String ADMIN_KEY = "test-admin-key-not-secret-0123456789";

    /** Empties every table but the bootstrap admin key, so each test starts from nothing. */
    public void reset() {
        execute("truncate stored_document, quote, article_image, article_person, article_related, article_topic, article_author, "
                + "article_revision, article, topic, person, image, slug_redirect, audit_log, idempotent_request, change_log, "
                + "webhook_delivery, webhook_endpoint, rate_limit_bucket");
        execute("delete from api_key where name <> 'bootstrap-admin'");
    }

    /**
     * The webhook endpoint and delivery the OpenAPI examples name (ApiDoc.Demo), owned by the bootstrap admin key;
     * the demo magazine has none, since dev would send to them.
     */
    public void webhookExample() {
        execute("insert into webhook_endpoint (id, owner_key_id, url, events, description, enabled, secret, position, "
                + "created_at, updated_at) select ?::uuid, id, 'https://partner.example/hooks/content', 'article.*', "
                + "'Our mirror of the magazine', false, 'whsec_mNNhDOfbZs0QoAfWt+qqLEjC3vmslrA1ZLjDaoSZAII=', 0, now(), now() "
                + "from api_key where name = 'bootstrap-admin'", ApiDoc.Demo.WEBHOOK_ID);
        execute("insert into webhook_delivery (id, endpoint_id, position, type, payload, status, attempts, last_status, "
                + "last_attempt_at, created_at) values (?::uuid, ?::uuid, 1, 'article.published', "
                + "'{\"type\":\"article.published\",\"timestamp\":\"2026-11-25T10:00:00Z\",\"data\":{}}', 'delivered', 1, 200, "
                + "now(), now())", ApiDoc.Demo.WEBHOOK_DELIVERY_ID, ApiDoc.Demo.WEBHOOK_ID);
    }

    /** A new active key of that role (partner, editor, admin); returns the key itself. */
    public String apiKey(String role) {
        return apiKey(role, null);
    }

    public String apiKey(String role, Instant expiresAt) {
        String key = "cak_test_" + role + "_" + UUID.randomUUID();
        execute("insert into api_key (id, name, role, key_hash, key_prefix, expires_at) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), role + "-" + SEQUENCE.incrementAndGet(), role, sha256(key), key.substring(0, 8), expiresAt);
        return key;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Ref(UUID id, String slug) {
    }

    public Ref person(String name) {
        return person(name, null, null);
    }

    public Ref person(String name, String title, String affiliation) {
        Ref ref = new Ref(UUID.randomUUID(), slug(name));
        execute("insert into person (id, slug, name, title, affiliation) values (?, ?, ?, ?, ?)",
                ref.id(), ref.slug(), name, title, affiliation);
        return ref;
    }

    public Ref topic(String name) {
        return topic(name, null);
    }

    public Ref topic(String name, Ref parent) {
        Ref ref = new Ref(UUID.randomUUID(), slug(name));
        execute("insert into topic (id, slug, name, description, parent_id) values (?, ?, ?, ?, ?)",
                ref.id(), ref.slug(), name, "All about " + name + ".", parent == null ? null : parent.id());
        return ref;
    }

    public UUID image(String caption, String credit) {
        UUID id = UUID.randomUUID();
        execute("insert into image (id, url, width, height, alt_text, caption, credit) values (?, ?, 1600, 900, ?, ?, ?)",
                id, "https://images.test.example/" + id + ".jpg", "Alt text for " + caption, caption, credit);
        return id;
    }

    /** An agency image not cleared for syndication: partners' keys never receive it. */
    public UUID imageNotCleared(String caption, String credit) {
        UUID id = image(caption, credit);
        execute("update image set syndication_cleared = false where id = ?", id);
        return id;
    }

    /** Records that an entity once had another slug. */
    public void oldSlug(String kind, String oldSlug, Ref target) {
        execute("insert into slug_redirect (kind, old_slug, target_id) values (?, ?, ?)", kind, oldSlug, target.id());
    }

    public ArticleBuilder article(String headline) {
        return new ArticleBuilder(headline);
    }

    public final class ArticleBuilder {
        private final String headline;
        private final String slug;
        private String dek = "A dek for the test";
        private UUID heroImage;
        private final List<Ref> authors = new ArrayList<>();
        private final List<Ref> topics = new ArrayList<>();
        private final List<Ref> related = new ArrayList<>();
        private final Map<Ref, String[]> people = new LinkedHashMap<>();
        private final List<Object[]> quotes = new ArrayList<>();
        private final List<String> blocks = new ArrayList<>();
        private final List<UUID> images = new ArrayList<>();
        private String callToAction;

        private ArticleBuilder(String headline) {
            this.headline = headline;
            this.slug = slug(headline);
        }

        public ArticleBuilder dek(String dek) {
            this.dek = dek;
            return this;
        }

        public ArticleBuilder hero(UUID image) {
            this.heroImage = image;
            return this;
        }

        public ArticleBuilder by(Ref... authors) {
            this.authors.addAll(List.of(authors));
            return this;
        }

        public ArticleBuilder on(Ref... topics) {
            this.topics.addAll(List.of(topics));
            return this;
        }

        public ArticleBuilder related(Ref... articles) {
            this.related.addAll(List.of(articles));
            return this;
        }

        public ArticleBuilder paragraph(String text) {
            blocks.add("{\"type\":\"paragraph\",\"text\":" + json(text) + "}");
            return this;
        }

        public ArticleBuilder heading(String text) {
            blocks.add("{\"type\":\"heading\",\"text\":" + json(text) + ",\"level\":2}");
            return this;
        }

        public ArticleBuilder inlineImage(UUID image) {
            blocks.add("{\"type\":\"image\",\"imageId\":\"" + image + "\"}");
            images.add(image);
            return this;
        }

        public ArticleBuilder pullQuote(String text, String attribution) {
            blocks.add("{\"type\":\"pull_quote\",\"text\":" + json(text) + ",\"attribution\":" + json(attribution) + "}");
            return this;
        }

        public ArticleBuilder newsletter(String text, String url) {
            callToAction = "{\"kind\":\"newsletter\",\"text\":" + json(text) + ",\"url\":" + json(url) + "}";
            return this;
        }

        /** Quotes a person in a paragraph of its own that holds the words, under the given title. */
        public ArticleBuilder quoting(Ref person, String title, String affiliation, String words) {
            people.putIfAbsent(person, new String[]{"quoted", title, affiliation});
            quotes.add(new Object[]{person, words, blocks.size(), title, affiliation});
            return paragraph("As " + title + " put it, \u201c" + words + "\u201d");
        }

        public ArticleBuilder quoting(Ref person, String words) {
            return quoting(person, "analyst", "Test Institute", words);
        }

        public ArticleBuilder mentioning(Ref person) {
            people.putIfAbsent(person, new String[]{"mentioned", null, null});
            return this;
        }

        /** Published one minute after the previous fixture article. */
        public Ref publish() {
            return create("published", BASE_TIME.plus(SEQUENCE.incrementAndGet(), ChronoUnit.MINUTES));
        }

        public Ref publishAt(Instant at) {
            return create("published", at);
        }

        public Ref draft() {
            return create("draft", null);
        }

        public Ref scheduleAt(Instant at) {
            return create("scheduled", at);
        }

        public Ref unpublished() {
            return create("unpublished", BASE_TIME.plus(SEQUENCE.incrementAndGet(), ChronoUnit.MINUTES));
        }

        private Ref create(String status, Instant publishedAt) {
            if (blocks.isEmpty()) {
                paragraph("Body of " + headline + ".");
            }
            Ref ref = new Ref(UUID.randomUUID(), slug);
            Instant updated = publishedAt == null ? BASE_TIME : publishedAt;
            int words = String.join(" ", blocks).split("\\s+").length;
            execute("insert into article (id, slug, headline, dek, status, published_at, updated_at, word_count, hero_image_id, body, call_to_action) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)",
                    ref.id(), slug, headline, dek, status, publishedAt, updated, words, heroImage,
                    "[" + String.join(",", blocks) + "]", callToAction);
            for (int i = 0; i < authors.size(); i++) {
                execute("insert into article_author (article_id, person_id, position) values (?, ?, ?)", ref.id(), authors.get(i).id(), i);
            }
            for (int i = 0; i < topics.size(); i++) {
                execute("insert into article_topic (article_id, topic_id, position) values (?, ?, ?)", ref.id(), topics.get(i).id(), i);
            }
            for (int i = 0; i < related.size(); i++) {
                execute("insert into article_related (article_id, related_id, position) values (?, ?, ?)", ref.id(), related.get(i).id(), i);
            }
            int position = 0;
            for (Map.Entry<Ref, String[]> p : people.entrySet()) {
                execute("insert into article_person (article_id, person_id, position, role, title, affiliation) values (?, ?, ?, ?, ?, ?)",
                        ref.id(), p.getKey().id(), position++, p.getValue()[0], p.getValue()[1], p.getValue()[2]);
            }
            for (UUID image : images) {
                execute("insert into article_image (article_id, image_id) values (?, ?) on conflict do nothing", ref.id(), image);
            }
            for (int i = 0; i < quotes.size(); i++) {
                Object[] q = quotes.get(i);
                execute("insert into quote (id, text, person_id, article_id, block_index, position, title, affiliation) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID(), q[1], ((Ref) q[0]).id(), ref.id(), q[2], i, q[3], q[4]);
            }
            return ref;
        }
    }

    /** Runs a statement with positional parameters. */
    public void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
                statement.setObject(i + 1, value);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("fixture statement failed: " + sql, e);
        }
        cache.invalidateAll();
    }

    /** The first column of the first row of a query, as text. */
    public String query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("fixture query failed: " + sql, e);
        }
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
                + "-" + SEQUENCE.incrementAndGet();
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
