package com.modernmedia.content.write;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Quotes and people are seen only through public articles: a write that makes them visible or invisible logs an
 * entry for each of them too, so that the change log holds every change of what readers can see. One that another
 * published article still shows is logged as updated: partners whose rights do not cover that article see it change.
 */
@QuarkusTest
class DependentChangesTest {

    @Inject
    Fixtures fixtures;

    private String editor;
    private Ref author;
    private Ref quoted;
    private Ref alsoElsewhere;
    private Ref article;
    private String quote;
    private long start;

    @BeforeEach
    void content() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        author = fixtures.person("Aino Virtanen");
        quoted = fixtures.person("Lena Brandt", "energy economist", "Kiel Institute");
        alsoElsewhere = fixtures.person("Kai Moreau");
        article = fixtures.article("Grid prices fall").by(author).quoting(quoted, "Prices will not stay low.")
                .mentioning(alsoElsewhere).publish();
        fixtures.article("Wind farms wait for cables").mentioning(alsoElsewhere).publish();
        quote = fixtures.query("select id from quote where article_id = ?", article.id());
        start = Long.parseLong(fixtures.query("select position from change_log_head"));
    }

    @Test
    void shouldLogTheQuotesAndPeopleAnArticleTakesAwayAndBringsBack() {
        asEditor().post("/api/v1/articles/" + article.slug() + "/unpublish").then().statusCode(200);

        assertEquals(List.of("article " + article.id() + " unpublished", "quote " + quote + " unpublished",
                "person " + author.id() + " unpublished", "person " + quoted.id() + " unpublished",
                "person " + alsoElsewhere.id() + " updated"), changesSinceStart());

        start = Long.parseLong(fixtures.query("select position from change_log_head"));
        asEditor().post("/api/v1/articles/" + article.slug() + "/publish").then().statusCode(200);

        assertEquals(List.of("article " + article.id() + " published", "quote " + quote + " published",
                "person " + author.id() + " published", "person " + quoted.id() + " published",
                "person " + alsoElsewhere.id() + " updated"), changesSinceStart());
    }

    @Test
    void shouldLogTheQuotesAndPeopleOfADeletedArticleAsNoLongerPublic() {
        asEditor().delete("/api/v1/articles/" + article.slug()).then().statusCode(204);

        assertEquals(List.of("article " + article.id() + " deleted", "quote " + quote + " unpublished",
                "person " + author.id() + " unpublished", "person " + quoted.id() + " unpublished",
                "person " + alsoElsewhere.id() + " updated"), changesSinceStart());
    }

    @Test
    void shouldLogThePeopleAnEditAddsToOrTakesFromAPublicArticle() {
        Ref newcomer = fixtures.person("Nora Lind");

        asEditor().contentType("application/merge-patch+json").body(Map.of("authorIds", List.of(newcomer.id())))
                .patch("/api/v1/articles/" + article.slug()).then().statusCode(200);

        assertEquals(List.of("article " + article.id() + " updated", "person " + author.id() + " unpublished",
                "person " + newcomer.id() + " published"), changesSinceStart());
    }

    @Test
    void shouldLogNothingMoreForADraftOrForAnEditThatShowsTheSamePeople() {
        Ref draft = fixtures.article("Grid tariffs, a draft").by(author).draft();
        Ref newcomer = fixtures.person("Nora Lind");

        asEditor().contentType("application/merge-patch+json").body(Map.of("authorIds", List.of(newcomer.id())))
                .patch("/api/v1/articles/" + draft.slug()).then().statusCode(200);
        asEditor().contentType("application/merge-patch+json").body(Map.of("headline", "Grid prices fall again"))
                .patch("/api/v1/articles/" + article.slug()).then().statusCode(200);

        assertEquals(List.of("article " + draft.id() + " updated", "article " + article.id() + " updated"), changesSinceStart());
    }

    private List<String> changesSinceStart() {
        String changes = fixtures.query("select coalesce(string_agg(kind || ' ' || resource_id || ' ' || action, ',' "
                + "order by position), '') from change_log where position > ?", start);
        return changes.isEmpty() ? List.of() : List.of(changes.split(","));
    }

    private RequestSpecification asEditor() {
        return given().auth().oauth2(editor).header("If-Match", "*").when();
    }
}
