package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.TestClock;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.StoredDocuments;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Render on write: a public read the representation cache misses is answered from the article's stored document,
 * byte for byte what the entities would build, and never from one that a committed write has made stale. Fixture
 * rows bypass the change log; a test changes a row that way to see which of the two answered.
 */
@QuarkusTest
class StoredDocumentTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    ArticleDocuments renderer;

    @Inject
    ArticleService articles;

    @Inject
    StoredDocuments documents;

    @Inject
    DuePublications due;

    private String editor;
    private Ref person;
    private Ref article;

    @BeforeEach
    void anArticleWithPeopleTopicsAndARelatedStory() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        person = fixtures.person("Ines Marlow", "harbour master", "Port of Kessel");
        Ref topic = fixtures.topic("Shipping");
        Ref older = fixtures.article("Tugboats get batteries").on(topic).publish();
        article = fixtures.article("Harbour pilots train on simulators").by(person).on(topic).related(older)
                .quoting(person, "Every pilot now spends a week in the simulator before the winter storms.")
                .paragraph("The new simulators cover every berth of the port.").publish();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldServeTheStoredDocumentAsTheEntitiesBuildIt() {
        ExtractableResponse<Response> built = read(path()).statusCode(200).extract();
        askForDocuments();
        renderer.renderBatch();
        fixtures.execute("update article set headline = 'Changed behind the log' where id = ?", article.id());

        ExtractableResponse<Response> stored = read(path()).statusCode(200)
                .body("headline", equalTo("Harbour pilots train on simulators")).extract();
        assertEquals(built.asString(), stored.asString());
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Surrogate-Key", "Vary", "Content-Type")) {
            assertEquals(built.header(header), stored.header(header), header);
        }
        read("/api/v1/articles/" + article.id()).statusCode(200).body("headline", equalTo("Harbour pilots train on simulators"));
    }

    @Test
    void shouldSelectFieldsAndAnswerNotModifiedFromTheDocument() {
        String fields = read(path() + "?fields=headline,authors.name").statusCode(200).extract().asString();
        String etag = read(path()).extract().header("ETag");
        String dek = read(path()).extract().path("dek");
        askForDocuments();
        renderer.renderBatch();
        fixtures.execute("update article set dek = 'Changed behind the log' where id = ?", article.id());

        assertEquals(fields, read(path() + "?fields=headline,authors.name").statusCode(200).extract().asString());
        given().header("If-None-Match", etag).get(path()).then().statusCode(304).header("ETag", etag);
        given().get(path()).then().statusCode(200).body("dek", equalTo(dek));
    }

    @Test
    void shouldBuildFromTheEntitiesOnceAWriteHasMadeTheDocumentStale() {
        askForDocuments();
        renderer.renderBatch();

        patchHeadline("Harbour pilots vote on night shifts");
        assertEquals("t", stale(article));
        read(path()).statusCode(200).body("headline", equalTo("Harbour pilots vote on night shifts"));

        renderer.renderBatch();
        assertEquals("f", stale(article));
        fixtures.execute("update article set headline = 'Changed behind the log' where id = ?", article.id());
        read(path()).statusCode(200).body("headline", equalTo("Harbour pilots vote on night shifts"));
    }

    @Test
    void shouldMarkTheDocumentsThatShowARenamedPerson() {
        askForDocuments();
        renderer.renderBatch();
        String etag = given().auth().oauth2(editor).get("/api/v1/people/" + person.slug()).then().extract().header("ETag");

        given().auth().oauth2(editor).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"name\": \"Ines Marlow-Berg\"}").patch("/api/v1/people/" + person.slug()).then().statusCode(200);

        assertEquals("t", stale(article));
        read(path()).statusCode(200).body("authors[0].name", equalTo("Ines Marlow-Berg"));
    }

    @Test
    void shouldMarkADocumentWhenARelatedStoryItDoesNotShowYetIsPublished() {
        Ref later = fixtures.article("Pilot boats go electric").scheduleAt(clock.instant().plus(Duration.ofHours(1)));
        Ref showing = fixtures.article("A port that runs on batteries").related(later).publish();
        askForDocuments();
        renderer.renderBatch();
        read("/api/v1/articles/" + showing.slug()).statusCode(200).body("related.size()", equalTo(0));

        clock.advance(Duration.ofHours(2));
        renderer.renderBatch(); // the scheduled one is not public yet when rendered: no document
        due.publish();

        assertEquals("t", stale(showing));
        read("/api/v1/articles/" + showing.slug()).statusCode(200).body("related[0].slug", equalTo(later.slug()));
    }

    @Test
    void shouldDropTheDocumentOfAnUnpublishedArticle() {
        askForDocuments();
        renderer.renderBatch();
        String etag = given().auth().oauth2(editor).get(path()).then().extract().header("ETag");

        given().auth().oauth2(editor).header("If-Match", etag).post(path() + "/unpublish").then().statusCode(200);

        read(path()).statusCode(404);
        renderer.renderBatch();
        assertEquals("0", fixtures.query("select count(*) from stored_document where id = ?", article.id()));
        read(path()).statusCode(404);
    }

    @Test
    void shouldServeKeyedReadsAndOtherFormatsFromTheEntities() {
        askForDocuments();
        renderer.renderBatch();
        fixtures.execute("update article set headline = 'Changed behind the log' where id = ?", article.id());

        given().auth().oauth2(editor).get(path()).then().statusCode(200).body("headline", equalTo("Changed behind the log"));
        given().accept("application/ld+json").get(path()).then().statusCode(200).body("headline", equalTo("Changed behind the log"));
        given().get(path() + "?format=text").then().statusCode(200).body("headline", equalTo("Changed behind the log"));
        given().accept("text/csv").get(path()).then().statusCode(406);
    }

    @Test
    void shouldNotStoreADocumentReadBeforeAChangeThatCommittedMeanwhile() {
        askForDocuments();
        long from = inRequest(documents::position);
        List<StoredDocuments.Rendering> readBefore = inRequest(() -> articles.publicDocuments(List.of(article.id())));

        patchHeadline("Harbour pilots vote on night shifts");

        assertEquals(0, inRequest(() -> documents.store(ContentKind.ARTICLE, from, readBefore)));
        assertEquals("t", stale(article));
        read(path()).statusCode(200).body("headline", equalTo("Harbour pilots vote on night shifts"));
    }

    @Test
    void shouldNeverLeaveAnOldDocumentFreshWhileWritesAndTheRendererRace() throws Exception {
        askForDocuments();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                AtomicBoolean writing = new AtomicBoolean(true);
                Future<?> rendering = threads.submit(() -> {
                    while (writing.get()) {
                        renderer.renderBatch();
                    }
                });
                String last = null;
                for (int write = 0; write < 4; write++) {
                    last = "Harbour pilots, round " + round + " edit " + write;
                    patchHeadline(last);
                }
                writing.set(false);
                rendering.get(30, TimeUnit.SECONDS);
                fixtures.execute("select 1"); // drops the representation cache
                if ("f".equals(stale(article))) {
                    String storedHeadline = fixtures.query("select convert_from(body, 'UTF8')::jsonb ->> 'headline' from stored_document where id = ?",
                            article.id());
                    assertEquals(last, storedHeadline, "a fresh document shows the last write, round " + round);
                }
                read(path()).statusCode(200).body("headline", equalTo(last));
                renderer.renderBatch();
                assertEquals("f", stale(article), "rendered once the writes stop, round " + round);
                read(path()).statusCode(200).body("headline", equalTo(last));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** As the renderer runs: in a request context of its own, through which Hibernate picks its database. */
    private static <T> T inRequest(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            return work.get();
        }
        context.activate();
        try {
            return work.get();
        } finally {
            context.terminate();
        }
    }

    private void patchHeadline(String headline) {
        String etag = given().auth().oauth2(editor).get(path()).then().extract().header("ETag");
        given().auth().oauth2(editor).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"headline\": \"" + headline + "\"}").patch(path()).then().statusCode(200);
    }

    /** What the change log asks for when articles are written through the API; fixtures insert rows directly. */
    private void askForDocuments() {
        fixtures.execute("insert into stored_document (kind, id) select 'article', id from article on conflict do nothing");
    }

    private String stale(Ref ref) {
        return fixtures.query("select stale from stored_document where id = ?", ref.id());
    }

    private String path() {
        return "/api/v1/articles/" + article.slug();
    }

    private static io.restassured.response.ValidatableResponse read(String path) {
        return given().get(path).then();
    }
}
