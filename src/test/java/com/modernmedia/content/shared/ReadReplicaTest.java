package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.ReadReplicaResource;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public reads go to a real streaming standby (scripts/read-replica.sh) only while it has replayed every change
 * this instance applied; writes, reads with a key and a lagging replica use the primary. Replay is paused on the
 * standby to make it lag. The representation cache is off, so that every read is served by a database.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReplica.class)
class ReadReplicaTest {

    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReadReplicaResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.cache.enabled", "false");
        }
    }

    private static final Duration REPLAY = Duration.ofSeconds(30);

    @Inject
    Fixtures fixtures;

    @Inject
    ReadReplica replica;

    @Inject
    TestClock clock;

    @Inject
    RepresentationCache changes;

    @ConfigProperty(name = "content.db.schema")
    String schema;

    private String editor;
    private Ref article;

    @BeforeEach
    void anArticleTheReplicaHas() throws SQLException {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        article = fixtures.article("Lighthouse keepers return").publish();
        awaitListening();
        awaitReplayed();
        replica.check();
        assertTrue(replica.usable(), "a replica that has replayed everything is used");
    }

    @AfterEach
    void resumeReplay() throws SQLException {
        clock.reset();
        onReplica("select pg_wal_replay_resume()");
    }

    @Test
    void shouldServePublicReadsFromTheReplicaAndKeyedReadsFromThePrimary() throws SQLException {
        onReplica("select pg_wal_replay_pause()");
        // Changed on the primary outside the API: nothing tells the service, so the lagging replica is still trusted.
        onPrimary("update article set headline = 'Lighthouse keepers stay away' where slug = '" + article.slug() + "'");
        replica.check();
        assertTrue(replica.usable());

        given().get(path()).then().statusCode(200).body("headline", equalTo("Lighthouse keepers return"));
        given().auth().oauth2(editor).get(path()).then().statusCode(200).body("headline", equalTo("Lighthouse keepers stay away"));
    }

    @Test
    void shouldReadThePrimaryAfterAWriteUntilTheReplicaHasReplayedIt() throws SQLException {
        onReplica("select pg_wal_replay_pause()");
        String etag = given().auth().oauth2(editor).get(path()).then().extract().header("ETag");
        given().auth().oauth2(editor).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"headline\": \"Lighthouse keepers vote\"}").patch(path()).then().statusCode(200);

        assertFalse(replica.usable(), "a write makes the replica untrusted at once");
        given().get(path()).then().statusCode(200).body("headline", equalTo("Lighthouse keepers vote"));
        replica.check();
        assertFalse(replica.usable(), "the paused replica has not replayed the write");
        given().get(path()).then().statusCode(200).body("headline", equalTo("Lighthouse keepers vote"));

        onReplica("select pg_wal_replay_resume()");
        awaitReplayed();
        replica.check();
        assertTrue(replica.usable(), "caught up again");
        given().get(path()).then().statusCode(200).body("headline", equalTo("Lighthouse keepers vote"));
    }

    @Test
    void shouldStopUsingTheReplicaOnceItsCheckAndTheListenersConfirmationAreOld() {
        clock.advance(Duration.ofSeconds(4));
        assertFalse(replica.usable(), "a replica not checked for three staleness bounds is not used");
    }

    private String path() {
        return "/api/v1/articles/" + article.slug();
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(REPLAY);
        while (!changes.listening()) {
            assertTrue(Instant.now().isBefore(deadline), "the change listener confirms");
            Thread.onSpinWait();
        }
    }

    /** Waits until the standby has replayed everything the primary has written so far. */
    private void awaitReplayed() throws SQLException {
        String written = queryPrimary("select pg_current_wal_lsn()::text");
        Instant deadline = Instant.now().plus(REPLAY);
        while (!"t".equals(queryReplica("select pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn"))) {
            assertTrue(Instant.now().isBefore(deadline), "the standby replays " + written + " (it has replayed "
                    + queryReplica("select pg_last_wal_replay_lsn()::text || ', its WAL receiver is ' || coalesce("
                            + "(select status from pg_stat_wal_receiver), 'not running')") + ")");
            Thread.onSpinWait();
        }
    }

    private static final String PRIMARY = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://localhost:5432/postgres");
    private static final String REPLICA = "jdbc:postgresql://127.0.0.1:" + ReadReplicaResource.PORT + "/postgres";

    private void onPrimary(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PRIMARY, "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            statement.execute(sql);
        }
    }

    private static void onReplica(String sql) throws SQLException {
        queryReplica(sql);
    }

    private static String queryPrimary(String sql) throws SQLException {
        return query(PRIMARY, sql);
    }

    private static String queryReplica(String sql) throws SQLException {
        return query(REPLICA, sql);
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", ""); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
