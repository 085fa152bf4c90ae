package com.modernmedia.content.shared;

import com.modernmedia.content.DatabaseProxy;
import com.modernmedia.content.DatabaseProxyResource;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away under concurrent reads and writes, through a TCP proxy between the service and
 * PostgreSQL: what the representation cache holds is still served, everything else answers a fast 503 problem
 * with Retry-After, readiness goes down; once PostgreSQL is back, nothing stale is served and nothing that
 * was acknowledged is lost.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {

    /** The pool and the change listener reach PostgreSQL through a proxy the test controls. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxyResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "PT0.3S",
                    // Every COMMIT goes out as text, for the proxy to find.
                    "quarkus.datasource.jdbc.additional-jdbc-properties.prepareThreshold", "0");
        }
    }

    private static final Duration RECOVERY = Duration.ofSeconds(15);
    /** Agroal's readiness check of the connection pool, as /q/health names it. */
    private static final String DATABASE_CHECK = "Database connections health check";

    @Inject
    Fixtures fixtures;

    @Inject
    RepresentationCache cache;

    @ConfigProperty(name = "content.db.schema")
    String schema;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @TestHTTPResource("/")
    URL base;

    private final DatabaseProxy proxy = DatabaseProxyResource.proxy();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private String editor;
    private Ref kept;
    private Ref unread;

    @BeforeEach
    void contentAndAWarmCache() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        kept = fixtures.article("Ports reopen after the strike").publish();
        unread = fixtures.article("Freight rates climb").publish();
        await("the cache is listening", RECOVERY, cache::usable);
        given().get(urlOf(kept)).then().statusCode(200);
        assertTrue(cache.find(keptKeyOf(kept)) != null, "the hot article is kept");
    }

    @AfterEach
    void databaseBack() {
        proxy.bringBack();
        await("the service is ready again", RECOVERY, this::ready);
    }

    @Test
    void shouldServeKeptReadsAndAnswerAFast503ForEverythingElseWhileTheDatabaseIsAway() throws Exception {
        Response before = given().get(urlOf(kept)).then().statusCode(200).extract().response();
        Load load = new Load();
        load.start();
        try {
            await("some writes land before the outage", RECOVERY, () -> !load.created.isEmpty());

            proxy.takeDown();
            await("readiness goes down", RECOVERY, () -> !ready());

            Response stale = given().get(urlOf(kept)).then().statusCode(200).extract().response();
            assertEquals(before.asString(), stale.asString(), "the kept article, as it was");
            assertEquals(before.header("ETag"), stale.header("ETag"));
            assertEquals(before.header("Cache-Control"), stale.header("Cache-Control"));
            given().header("If-None-Match", before.header("ETag")).get(urlOf(kept)).then().statusCode(304);

            long started = System.nanoTime();
            assertUnavailable(given().get(urlOf(unread)));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(2)) < 0, "answered fast");
            assertUnavailable(given().get("/api/v1/articles/no-such-story"));
            assertUnavailable(given().get("/api/v1/people"));
            // Name autocomplete reads in a transaction (it sets its similarity threshold there): a 503 all the same.
            assertUnavailable(given().queryParam("q", "dan").get("/api/v1/people"));
            assertUnavailable(given().auth().oauth2(editor).contentType("application/json").body("{\"name\": \"Logistics\"}")
                    .post("/api/v1/topics"));
            int refusedBefore = load.unavailable.get();
            await("the load meets the outage", RECOVERY, () -> load.unavailable.get() > refusedBefore + 5);

            proxy.bringBack();
            await("the service is ready again", RECOVERY, this::ready);
            await("the cache is listening again", RECOVERY, cache::usable);
            int createdBefore = load.created.size();
            await("writes land again", RECOVERY, () -> load.created.size() > createdBefore + 3);
        } finally {
            load.stop();
        }

        assertEquals(List.of(), load.unexpected, "every answer was a 200, a 201, a 304 or a 503 problem");
        assertTrue(load.keptReads.get() > 0 && load.keptFailures.get() == 0, "the kept article was always served");
        for (String created : load.created) {
            given().get(created).then().statusCode(200);
        }
        given().get(urlOf(kept)).then().statusCode(200).header("ETag", equalTo(before.header("ETag")));
    }

    /**
     * A load balancer stops sending requests while readiness is down, and sends them again once it is up, with no
     * restart; liveness, which would have the instance restarted, has no database check and stays up, and answers
     * fast however long the database takes.
     */
    @Test
    void shouldReportReadinessDownWhileTheDatabaseIsAwayAndUpAgainWhenItReturnsWhileLivenessStaysUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));
        assertLive();

        proxy.takeDown();
        await("readiness goes down", RECOVERY, () -> !ready());
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("DOWN"));
        for (int probe = 0; probe < 5; probe++) {
            assertLive();
        }

        proxy.bringBack();
        await("readiness comes back without a restart", RECOVERY, this::ready);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));
        assertLive();
    }

    private static void assertLive() {
        long started = System.nanoTime();
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", not(hasItem(DATABASE_CHECK)));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(1)) < 0,
                "liveness waits for nothing");
    }

    @Test
    void shouldDropWhatChangedElsewhereWhileThisInstanceCouldNotListen() throws Exception {
        proxy.takeDown();
        await("readiness goes down", RECOVERY, () -> !ready());
        // Another instance, still connected, edits the article: this one cannot hear the notification.
        writeAsAnotherInstance(kept, "Ports reopen, with new rules");

        given().get(urlOf(kept)).then().statusCode(200).body("headline", equalTo("Ports reopen after the strike"));

        proxy.bringBack();
        await("the cache is listening again", RECOVERY, cache::usable);
        given().get(urlOf(kept)).then().statusCode(200).body("headline", equalTo("Ports reopen, with new rules"));
    }

    @Test
    void shouldKeepTheCacheThroughAnOutageInWhichNothingWasWritten() {
        proxy.takeDown();
        await("readiness goes down", RECOVERY, () -> !ready());
        proxy.bringBack();
        await("the cache is listening again", RECOVERY, cache::usable);

        assertTrue(cache.find(keptKeyOf(kept)) != null, "nothing committed meanwhile: what is kept is still current");
    }

    @Test
    void shouldRunAKeyedCreateAgainWhenItsConnectionDroppedBeforeTheCommit() {
        int sprung = proxy.trapsSprung();
        proxy.cutAtCommitOf("Harbour pilots", DatabaseProxy.Cut.BEFORE_COMMIT);

        assertUnavailable(createTopic("pilots-1", "Harbour pilots"));
        assertEquals(sprung + 1, proxy.trapsSprung(), "the trap cut this request's commit");
        assertEquals("0", fixtures.query("select count(*) from topic where name = 'Harbour pilots'"), "rolled back");

        Response retry = createTopic("pilots-1", "Harbour pilots");
        retry.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        createTopic("pilots-1", "Harbour pilots").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).header("Location", equalTo(retry.header("Location")));
        assertEquals("1", fixtures.query("select count(*) from topic where name = 'Harbour pilots'"));
    }

    @Test
    void shouldReplayAKeyedCreateWhoseCommitLandedButWhoseAnswerWasLost() {
        int sprung = proxy.trapsSprung();
        proxy.cutAtCommitOf("Dock workers", DatabaseProxy.Cut.AFTER_COMMIT);

        assertUnavailable(createTopic("dockers-1", "Dock workers"));
        assertEquals(sprung + 1, proxy.trapsSprung(), "the trap cut this request's commit");
        assertEquals("1", fixtures.query("select count(*) from topic where name = 'Dock workers'"), "committed");

        Response retry = createTopic("dockers-1", "Dock workers");
        retry.then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("name", equalTo("Dock workers"));
        given().get(URI.create(retry.header("Location")).getPath()).then().statusCode(200)
                .header("ETag", equalTo(retry.header("ETag")));
        assertEquals("1", fixtures.query("select count(*) from topic where name = 'Dock workers'"));
    }

    private Response createTopic(String idempotencyKey, String name) {
        return given().auth().oauth2(editor).contentType("application/json").header("Idempotency-Key", idempotencyKey)
                .body("{\"name\": \"" + name + "\"}").post("/api/v1/topics");
    }

    private static void assertUnavailable(Response response) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("https://content-api.modernmedia.example/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", notNullValue());
    }

    /** An edit committed by another instance: the row, its change log entry and the notification. */
    private void writeAsAnotherInstance(Ref article, String headline) throws Exception {
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://localhost:5432/postgres");
        try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""))) {
            connection.setAutoCommit(false);
            try (Statement path = connection.createStatement()) {
                path.execute("set search_path to " + schema);
            }
            try (PreparedStatement edit = connection.prepareStatement(
                    "update article set headline = ?, revision = revision + 1 where id = ?")) {
                edit.setString(1, headline);
                edit.setObject(2, article.id());
                assertEquals(1, edit.executeUpdate());
            }
            try (PreparedStatement log = connection.prepareStatement(
                    "with head as (update change_log_head set position = position + 1 returning position) "
                            + "insert into change_log (position, kind, resource_id, action, revision, changed_at, key_name) "
                            + "select position, 'article', ?, 'updated', 2, now(), 'other-instance' from head")) {
                log.setObject(1, article.id());
                log.executeUpdate();
            }
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify('content_changed', ?)")) {
                notify.setString(1, "article-" + article.id());
                notify.execute();
            }
            connection.commit();
        }
    }

    /** Public readers of a kept article, editors reading an article never kept, and writers of keyed topics, on threads of their own. */
    private final class Load {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService threads = Executors.newFixedThreadPool(4);
        private final List<Future<?>> workers = new ArrayList<>();
        private final List<String> created = new CopyOnWriteArrayList<>();
        private final List<String> unexpected = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicInteger unavailable = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger keptReads = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger keptFailures = new java.util.concurrent.atomic.AtomicInteger();
        private final Set<String> seen = ConcurrentHashMap.newKeySet();

        void start() {
            workers.add(threads.submit(() -> repeat(() -> {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(urlOf(kept))).GET());
                keptReads.incrementAndGet();
                if (answer.statusCode() != 200) {
                    keptFailures.incrementAndGet();
                    unexpected.add("kept read: " + answer.statusCode());
                }
            })));
            // Read with a key, the article is never kept: these reads need the database.
            workers.add(threads.submit(() -> repeat(() -> expect(send(HttpRequest.newBuilder(uri(urlOf(unread)))
                    .header("Authorization", "Bearer " + editor).GET()), 200))));
            for (int writer = 0; writer < 2; writer++) {
                workers.add(threads.submit(() -> repeat(this::createTopic)));
            }
        }

        private void createTopic() {
            String name = "Topic " + UUID.randomUUID();
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/topics"))
                    .header("Authorization", "Bearer " + editor).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}")));
            if (expect(answer, 201)) {
                String location = answer.headers().firstValue("Location").orElseThrow();
                created.add(URI.create(location).getPath());
            }
        }

        private boolean expect(HttpResponse<String> answer, int success) {
            if (answer.statusCode() == success) {
                return true;
            }
            if (answer.statusCode() == 503 && answer.body().contains("service-unavailable")
                    && answer.headers().firstValue("Retry-After").isPresent()) {
                unavailable.incrementAndGet();
            } else if (seen.add(answer.statusCode() + answer.body())) {
                unexpected.add(answer.statusCode() + " " + answer.body());
            }
            return false;
        }

        private void repeat(Runnable work) {
            while (running.get()) {
                work.run();
            }
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("the service did not answer: " + e, e);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private boolean ready() {
        return send(HttpRequest.newBuilder(uri("/q/health/ready")).GET()).statusCode() == 200;
    }

    private static String urlOf(Ref article) {
        return "/api/v1/articles/" + article.slug();
    }

    /** Where the article's JSON is kept: the article negotiates its representation, each kept under its media type. */
    private static String keptKeyOf(Ref article) {
        return urlOf(article) + " application/json";
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + limit);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
