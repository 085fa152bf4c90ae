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
 * A partner that syncs in a loop while editors write (create, edit, publish, schedule, unpublish, delete
 * articles; edit people, topics, images and quotes; scheduled articles fall due) ends each round with a copy
 * that is exactly what the public sees in the database: the same resources, each at the same revision.
 * The copy is built only from the stream (entries put, tombstones remove); the expectation only from SQL.
 */
@QuarkusTest
class SyncConvergenceTest {

    private static final int ROUNDS = 6;
    private static final int WRITERS = 3;
    private static final int WRITES_PER_WRITER = 30;
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
    void shouldEndEveryRoundWithAPartnersCopyEqualToWhatThePublicSeesRevisionForRevision() throws Exception {
        Map<String, Integer> copy = new java.util.HashMap<>();
        String token = null;
        for (int round = 0; round < ROUNDS; round++) {
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(threads.submit(() -> write(WRITES_PER_WRITER)));
            }
            String startToken = token;
            Future<String> partner = threads.submit(() -> {
                String at = startToken;
                while (writing.get()) {
                    at = syncOnce(at, copy);
                }
                return at;
            });
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            token = partner.get(2, TimeUnit.MINUTES);
            threads.shutdown();

            // Every scheduled article falls due, then the partner catches up.
            clock.advance(Duration.ofMinutes(10));
            duePublications.publish();
            token = syncOnce(token, copy);

            Set<String> expected = publicInDatabase();
            Set<String> synced = new TreeSet<>(describe(copy));
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(synced);
            Set<String> extra = new TreeSet<>(synced);
            extra.removeAll(expected);
            assertEquals(expected, synced, "round " + round + ": the copy lacks " + missing + " and has too " + extra
                    + historyOf(missing) + historyOf(extra));
        }
    }

    /** Follows the sync until it has read all there is now (a full sync without a token); the new token. */
    private String syncOnce(String token, Map<String, Integer> copy) {
        String at = token;
        while (true) {
            Response page = (at == null ? given().when().get("/api/v1/sync?limit=7")
                    : given().when().get("/api/v1/sync?limit=7&token=" + at)).then().statusCode(200).extract().response();
            JsonPath body = page.jsonPath();
            for (Map<String, Object> item : body.<Map<String, Object>>getList("items")) {
                String key = item.get("kind") + " " + item.get("id");
                if (item.get("type").equals("entry")) {
                    copy.put(key, (Integer) item.get("revision"));
                } else {
                    copy.remove(key);
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

    /** What the public sees, straight from the tables: "kind id rrevision". */
    private Set<String> publicInDatabase() {
        String publicArticle = "a.status in ('published', 'scheduled') and a.published_at <= ? and a.deleted_at is null";
        Instant now = clock.instant();
        String rows = fixtures.query("select string_agg(item, ',') from ("
                        + "select 'article ' || a.id || ' r' || a.revision as item from article a where " + publicArticle
                        + " union all select 'person ' || p.id || ' r' || p.revision from person p where p.deleted_at is null and "
                        + "(exists (select 1 from article_author au join article a on a.id = au.article_id where au.person_id = p.id and "
                        + publicArticle + ") or exists (select 1 from article_person ap join article a on a.id = ap.article_id "
                        + "where ap.person_id = p.id and " + publicArticle + "))"
                        + " union all select 'topic ' || t.id || ' r' || t.revision from topic t where t.deleted_at is null"
                        + " union all select 'image ' || i.id || ' r' || i.revision from image i where i.deleted_at is null"
                        + " union all select 'quote ' || q.id || ' r' || q.revision from quote q join article a on a.id = q.article_id "
                        + "where q.deleted_at is null and " + publicArticle + ") items",
                java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
        return rows == null ? Set.of() : new TreeSet<>(List.of(rows.split(",")));
    }

    /** A writer: random writes of every kind, each answered as the API answers it, never a 5xx. */
    private void write(int writes) {
        for (int i = 0; i < writes; i++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int choice = random.nextInt(14);
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
            } else {
                answer = duePublicationsNow();
            }
            assertTrue(WRITE_ANSWERS.contains(answer.statusCode()), answer.statusCode() + ": " + answer.asString());
        }
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
