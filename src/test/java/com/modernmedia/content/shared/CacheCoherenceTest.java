package com.modernmedia.content.shared;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the service, each with its own cache: this Quarkus instance, which takes the writes, and
 * a second cache with its own {@link ChangeListener} on its own connection, as another instance has. What the
 * second one keeps is never served for longer than {@code content.cache.max-staleness} after a committed write,
 * and when its listener loses or stalls on its connection it serves nothing rather than something stale.
 */
@QuarkusTest
class CacheCoherenceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ContentConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private TestClock secondClock;
    private RepresentationCache secondCache;
    private ChangeListener secondListener;
    private String editor;
    private Ref edited;
    private Ref untouched;

    @BeforeEach
    void startSecondInstance() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        edited = fixtures.article("Tariffs return").publish();
        untouched = fixtures.article("Shipping slows").publish();
        secondClock = new TestClock();
        secondCache = new RepresentationCache(config, secondClock);
        secondListener = new ChangeListener(secondCache, config, url, user, password);
        secondListener.start();
        await("the second instance listens", Duration.ofSeconds(5), secondCache::usable);
    }

    @AfterEach
    void stopSecondInstance() {
        secondListener.stop();
    }

    @Test
    void shouldDropAnEditedArticleOnTheOtherInstanceWithinTheBound() {
        keepOnSecondInstance(edited);
        keepOnSecondInstance(untouched);

        editHeadline(edited, "Tariffs return, briefly");
        long committed = System.nanoTime();

        await("the edit reaches the second instance", config.cache().maxStaleness(), () -> secondCache.find(urlOf(edited)) == null);
        Duration stale = Duration.ofNanos(System.nanoTime() - committed);
        assertTrue(stale.compareTo(config.cache().maxStaleness()) < 0, "stale for " + stale);
        assertNotNull(secondCache.find(urlOf(untouched)), "what the write did not touch stays");
    }

    @Test
    void shouldServeNothingWhileTheListenerIsLostAndDropWhatItMissedOnReconnecting() {
        keepOnSecondInstance(edited);
        int lost = secondListener.backendPid();

        fixtures.query("select pg_terminate_backend(?)", lost);
        // Written while the second instance cannot hear it.
        editHeadline(edited, "Tariffs return, at last");

        await("the lost connection stops the cache", config.cache().maxStaleness(), () -> secondCache.find(urlOf(edited)) == null);
        await("the listener reconnects", Duration.ofSeconds(5), () -> secondCache.usable() && secondListener.backendPid() != lost);
        assertNull(secondCache.find(urlOf(edited)), "nothing from before the loss is served again");
        assertEquals(0, secondCache.size());
        keepOnSecondInstance(edited);
        assertNotNull(secondCache.find(urlOf(edited)), "kept again once listening");
    }

    @Test
    void shouldServeNothingWhileTheListenerStalls() throws Exception {
        keepOnSecondInstance(edited);
        String backend = String.valueOf(secondListener.backendPid());

        signal("STOP", backend); // the connection stays open but nothing comes through it, like a network partition
        try {
            // No confirmation can come through a frozen backend: once the bound has passed, the cache is not used.
            secondClock.advance(config.cache().maxStaleness());
            assertNull(secondCache.find(urlOf(edited)), "a silent listener stops the cache");
            editHeadline(edited, "Tariffs return, quietly");
            assertNull(secondCache.find(urlOf(edited)));
        } finally {
            signal("CONT", backend);
        }
        await("the listener recovers", Duration.ofSeconds(8), secondCache::usable);
        assertNull(secondCache.find(urlOf(edited)));
    }

    private void keepOnSecondInstance(Ref article) {
        Response answer = given().when().get(urlOf(article)).then().statusCode(200).extract().response();
        Set<String> tags = Set.of(answer.header("Surrogate-Key").split(" "));
        secondCache.store(urlOf(article), new RepresentationCache.Representation(answer.asByteArray(), answer.header("ETag"),
                Map.of(), tags), secondCache.begin());
        assertNotNull(secondCache.find(urlOf(article)));
    }

    private void editHeadline(Ref article, String headline) {
        given().auth().oauth2(editor).header("If-Match", "*").contentType("application/merge-patch+json")
                .body("{\"headline\": \"" + headline + "\"}")
                .when().patch("/api/v1/articles/" + article.slug()).then().statusCode(200);
    }

    private static String urlOf(Ref article) {
        return "/api/v1/articles/" + article.slug();
    }

    private static void signal(String signal, String pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + limit);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
