package com.modernmedia.content.sync;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.TestClock;
import com.modernmedia.content.article.DuePublications;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader without a key and a partner (key northwind, region GB) sync in a loop while editors write (create,
 * edit, publish, schedule, unpublish, delete articles; change their syndication rights, with embargoes and
 * expiries a moment ahead; edit people, topics, images and their clearance; delete quotes; scheduled articles
 * fall due). Each ends every round with a copy that is exactly what it may see in the database: the same
 * resources, each at the same revision. A copy is built only from the stream (entries put, tombstones
 * remove); the expectation only from SQL.
 */
@QuarkusTest
class SyncConvergenceTest {

    private static final int ROUNDS = 6;
    private static final int WRITERS = 3;
    private static final int WRITES_PER_WRITER = 30;
    private static final String PARTNER = "northwind";
    private static final Set<Integer> WRITE_ANSWERS = Set.of(200, 201, 204, 404, 409, 412);

    @Inject
    Fixtures fixtures;

    @Inject
    DuePublications duePublications;

    @Inject
    TestClock clock;

    private String editor;
    private final List<Ref> people = new ArrayList<>();
    private final List<Ref> topics = new ArrayList<>();
    private final List<UUID> images = new ArrayList<>();
    private final List<Ref> articles = new CopyOnWriteArrayList<>();
    private final List<String> quotes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void content() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        for (String name : List.of("Aino Virtanen", "Lena Brandt", "Kai Moreau", "Nora Lind", "Omar Haddad", "Ruth Okafor")) {
            people.add(fixtures.person(name, "analyst", "Institute of " + name.split(" ")[1]));
        }
        for (String name : List.of("Energy", "Climate", "Markets")) {
            topics.add(fixtures.topic(name));
        }
        images.add(fixtures.image("Wind turbines off the coast", "Staff"));
        images.add(fixtures.image("A substation at dusk", "Agency / Wire"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldEndEveryRoundWithEachSyncingCopyEqualToWhatItsReaderMaySeeRevisionForRevision() throws Exception {
        String partnerKey = given().header("Authorization", "Bearer " + Fixtures.ADMIN_KEY).contentType("application/json")
                .body(Map.of("name", PARTNER, "role", "partner", "region", "GB")).when().post("/api/v1/admin/keys")
                .then().statusCode(201).extract().path("key");
        Map<String, Integer> publicCopy = new java.util.HashMap<>();
        Map<String, Integer> partnerCopy = new java.util.HashMap<>();
        String publicToken = null;
        String partnerToken = null;
        for (int round = 0; round < ROUNDS; round++) {
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(threads.submit(() -> write(WRITES_PER_WRITER)));
            }
            Future<String> publicReader = threads.submit(syncingWhile(writing, null, publicToken, publicCopy));
            Future<String> partnerReader = threads.submit(syncingWhile(writing, partnerKey, partnerToken, partnerCopy));
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            publicToken = publicReader.get(2, TimeUnit.MINUTES);
            partnerToken = partnerReader.get(2, TimeUnit.MINUTES);
            threads.shutdown();

            // Scheduled articles fall due, embargoes end and rights expire; then the readers catch up.
            clock.advance(Duration.ofMinutes(10));
            duePublications.publish();
            publicToken = syncOnce(null, publicToken, publicCopy);
            partnerToken = syncOnce(partnerKey, partnerToken, partnerCopy);

            assertSame(visibleInDatabase(false), publicCopy, "round " + round + ", the public's copy");
            assertSame(visibleInDatabase(true), partnerCopy, "round " + round + ", the partner's copy");
        }
    }

    private java.util.concurrent.Callable<String> syncingWhile(AtomicBoolean writing, String key, String token,
                                                               Map<String, Integer> copy) {
        return () -> {
            String at = token;
            while (writing.get()) {
                at = syncOnce(key, at, copy);
            }
            return at;
        };
    }

    private void assertSame(Set<String> expected, Map<String, Integer> copy, String whose) {
        Set<String> synced = new TreeSet<>(describe(copy));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(synced);
        Set<String> extra = new TreeSet<>(synced);
        extra.removeAll(expected);
        assertEquals(expected, synced, whose + ": it lacks " + missing + " and has too " + extra + historyOf(missing) + historyOf(extra));
    }

    /** Follows the sync until it has read all there is now (a full sync without a token); the new token. */
    private String syncOnce(String key, String token, Map<String, Integer> copy) {
        String at = token;
        while (true) {
            RequestSpecification request = key == null ? given() : given().auth().oauth2(key);
            Response page = (at == null ? request.when().get("/api/v1/sync?limit=7")
                    : request.when().get("/api/v1/sync?limit=7&token=" + at)).then().statusCode(200).extract().response();
            JsonPath body = page.jsonPath();
            for (Map<String, Object> item : body.<Map<String, Object>>getList("items")) {
                String resource = item.get("kind") + " " + item.get("id");
                if (item.get("type").equals("entry")) {
                    copy.put(resource, (Integer) item.get("revision"));
                } else {
                    copy.remove(resource);
                }
            }
            if (body.getString("next") == null) {
                return body.getString("syncToken");
            }
            at = body.getString("next");
        }
    }

    /** For a failure: each resource's log, and the log of the articles that show it. */
    private String historyOf(Set<String> items) {
        StringBuilder history = new StringBuilder();
        for (String item : items) {
            String id = item.split(" ")[1];
            history.append("\n").append(item).append(": ").append(fixtures.query("select string_agg(position || ' ' || action "
                    + "|| ' r' || revision, ', ' order by position) from change_log where resource_id = ?::uuid", id));
            history.append("\n  shown by: ").append(fixtures.query("select string_agg(a.id || ' ' || a.status || ' ' || "
                    + "coalesce(a.published_at::text, '-') || ' deleted ' || (a.deleted_at is not null) || ' log: ' || coalesce((select "
                    + "string_agg(position || ' ' || action, ', ' order by position) from change_log c where c.resource_id = a.id), ''), '; ') "
                    + "from article a where a.id in (select article_id from article_author where person_id = ?::uuid union "
                    + "select article_id from article_person where person_id = ?::uuid union select article_id from quote where id = ?::uuid)",
                    id, id, id));
        }
        return history.toString();
    }

    private static List<String> describe(Map<String, Integer> copy) {
        return copy.entrySet().stream().map(e -> e.getKey() + " r" + e.getValue()).toList();
    }

    /**
     * What the public (or the partner, within its rights) sees, straight from the tables: "kind id rrevision".
     * The partner is named northwind, of region GB.
     */
    private Set<String> visibleInDatabase(boolean partner) {
        String article = "a.status in ('published', 'scheduled') and a.published_at <= :now and a.deleted_at is null"
                + (partner ? " and a.syndication_allowed and (a.embargo_until is null or a.embargo_until <= :now)"
                + " and (a.syndication_expires_at is null or a.syndication_expires_at > :now)"
                + " and (cardinality(a.syndication_partners) = 0 or '" + PARTNER + "' = any(a.syndication_partners))"
                + " and (cardinality(a.syndication_regions) = 0 or 'GB' = any(a.syndication_regions))" : "");
        String sql = "select string_agg(item, ',') from ("
                + "select 'article ' || a.id || ' r' || a.revision as item from article a where " + article
                + " union all select 'person ' || p.id || ' r' || p.revision from person p where p.deleted_at is null and "
                + "(exists (select 1 from article_author au join article a on a.id = au.article_id where au.person_id = p.id and "
                + article + ") or exists (select 1 from article_person ap join article a on a.id = ap.article_id "
                + "where ap.person_id = p.id and " + article + "))"
                + " union all select 'topic ' || t.id || ' r' || t.revision from topic t where t.deleted_at is null"
                + " union all select 'image ' || i.id || ' r' || i.revision from image i where i.deleted_at is null"
                + (partner ? " and i.syndication_cleared" : "")
                + " union all select 'quote ' || q.id || ' r' || q.revision from quote q join article a on a.id = q.article_id "
                + "where q.deleted_at is null and " + article + ") items";
        String rows = fixtures.query(sql.replace(":now", "'" + clock.instant() + "'::timestamptz"));
        return rows == null ? Set.of() : new TreeSet<>(List.of(rows.split(",")));
    }

    /** A writer: random writes of every kind, each answered as the API answers it, never a 5xx. */
    private void write(int writes) {
        for (int i = 0; i < writes; i++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int choice = random.nextInt(17);
            Response answer;
            if (choice < 3 || articles.isEmpty()) {
                answer = createArticle(random, choice == 0);
            } else if (choice < 5) {
                answer = asEditor().post("/api/v1/articles/" + anyArticle(random) + "/publish");
            } else if (choice == 5) {
                answer = asEditor().post("/api/v1/articles/" + anyArticle(random) + "/unpublish");
            } else if (choice == 6) {
                answer = asEditor().delete("/api/v1/articles/" + anyArticle(random));
            } else if (choice == 7) {
                answer = patch("/api/v1/articles/" + anyArticle(random), Map.of("headline", "Edited headline " + random.nextInt(1000)));
            } else if (choice == 8) {
                answer = patch("/api/v1/people/" + people.get(random.nextInt(people.size())).slug(),
                        Map.of("bio", "Bio version " + random.nextInt(1000)));
            } else if (choice == 9) {
                answer = patch("/api/v1/topics/" + topics.get(random.nextInt(topics.size())).slug(),
                        Map.of("description", "Description version " + random.nextInt(1000)));
            } else if (choice == 10) {
                answer = patch("/api/v1/images/" + images.get(random.nextInt(images.size())),
                        Map.of("caption", "Caption version " + random.nextInt(1000)));
            } else if (choice == 11 && !quotes.isEmpty()) {
                answer = asEditor().delete("/api/v1/quotes/" + quotes.get(random.nextInt(quotes.size())));
            } else if (choice == 12) {
                answer = createAndDeleteTopic(random);
            } else if (choice == 14 || choice == 15) {
                answer = patch("/api/v1/articles/" + anyArticle(random), Map.of("syndication", anyRights(random)));
            } else if (choice == 16) {
                answer = patch("/api/v1/images/" + images.get(random.nextInt(images.size())),
                        Map.of("syndicationCleared", random.nextBoolean()));
            } else {
                answer = duePublicationsNow();
            }
            assertTrue(WRITE_ANSWERS.contains(answer.statusCode()), answer.statusCode() + ": " + answer.asString());
        }
    }

    /** Rights that let the partner see the article, or not, now or for a moment. */
    private Map<String, Object> anyRights(ThreadLocalRandom random) {
        Instant now = clock.instant();
        return switch (random.nextInt(7)) {
            case 0 -> rights(true, List.of(), List.of(), null, null);
            case 1 -> rights(false, List.of(), List.of(), null, null);
            case 2 -> rights(true, List.of(PARTNER), List.of(), null, null);
            case 3 -> rights(true, List.of("southwind"), List.of(), null, null);
            case 4 -> rights(true, List.of(), List.of(random.nextBoolean() ? "GB" : "FR"), null, null);
            case 5 -> rights(true, List.of(), List.of(), now.plusMillis(random.nextInt(50, 500)).toString(), null);
            default -> rights(true, List.of(), List.of(), null, now.plusMillis(random.nextInt(50, 500)).toString());
        };
    }

    private static Map<String, Object> rights(boolean allowed, List<String> partners, List<String> regions, String embargoUntil,
                                              String expiresAt) {
        Map<String, Object> rights = new java.util.HashMap<>();
        rights.put("allowed", allowed);
        rights.put("partners", partners);
        rights.put("regions", regions);
        rights.put("embargoUntil", embargoUntil);
        rights.put("expiresAt", expiresAt);
        return rights;
    }

    /**
     * A draft with an author, a quoted person, a topic, a hero image and a quote; some scheduled a moment ahead.
     * Mostly the quoted person is new, so that the article alone decides whether the public sees them.
     */
    private Response createArticle(ThreadLocalRandom random, boolean scheduled) {
        Ref author = people.get(random.nextInt(people.size()));
        Ref quoted = random.nextInt(4) == 0 ? people.get(random.nextInt(people.size())) : newPerson();
        if (quoted == null) {
            return given().when().get("/api/v1/people?limit=1");
        }
        Map<String, Object> input = new java.util.HashMap<>(Map.of(
                "headline", "Story " + UUID.randomUUID(),
                "body", List.of(Map.of("type", "paragraph", "text", "“Prices will fall before winter,” said an analyst.")),
                "authorIds", List.of(author.id()),
                "topicIds", List.of(topics.get(random.nextInt(topics.size())).id()),
                "heroImageId", images.get(random.nextInt(images.size())),
                "people", List.of(Map.of("personId", quoted.id(), "role", "quoted"))));
        if (scheduled) {
            input.put("publishedAt", clock.instant().plusMillis(random.nextInt(50, 500)).toString());
        }
        Response created = given().auth().oauth2(editor).contentType("application/json").body(input)
                .when().post("/api/v1/articles");
        if (created.statusCode() != 201) {
            return created;
        }
        Ref article = new Ref(UUID.fromString(created.path("id")), created.path("slug"));
        articles.add(article);
        Response quote = given().auth().oauth2(editor).contentType("application/json")
                .body(Map.of("text", "Prices will fall before winter", "personId", quoted.id(), "articleId", article.id(),
                        "blockIndex", 0))
                .when().post("/api/v1/quotes");
        if (quote.statusCode() == 201) {
            quotes.add(quote.path("id"));
        }
        return scheduled ? asEditor().post("/api/v1/articles/" + article.slug() + "/publish") : quote;
    }

    private Ref newPerson() {
        Response created = given().auth().oauth2(editor).contentType("application/json")
                .body(Map.of("name", "Source " + UUID.randomUUID())).when().post("/api/v1/people");
        return created.statusCode() == 201 ? new Ref(UUID.fromString(created.path("id")), created.path("slug")) : null;
    }

    private Response createAndDeleteTopic(ThreadLocalRandom random) {
        Response created = given().auth().oauth2(editor).contentType("application/json")
                .body(Map.of("name", "Passing topic " + UUID.randomUUID())).when().post("/api/v1/topics");
        if (random.nextBoolean() || created.statusCode() != 201) {
            return created;
        }
        return asEditor().delete("/api/v1/topics/" + created.path("slug"));
    }

    private Response duePublicationsNow() {
        duePublications.publish();
        return given().when().get("/api/v1/articles?limit=1");
    }

    private String anyArticle(ThreadLocalRandom random) {
        return articles.get(random.nextInt(articles.size())).slug();
    }

    private Response patch(String path, Map<String, Object> changes) {
        return asEditor().contentType("application/merge-patch+json").body(changes).patch(path);
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor).header("If-Match", "*").when();
    }
}
