package com.modernmedia.content.shared;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For each kind of content, a change refreshes every cached page that shows it, embedded pages included:
 * after the write, every public page answers from the cache exactly what it answers when built afresh (a
 * read with a key is never served from the cache), and the change shows where it should.
 */
@QuarkusTest
class CacheTagCoverageTest {

    @Inject
    Fixtures fixtures;

    private String editor;
    private String partner;
    private final Map<String, Ref> refs = new LinkedHashMap<>();
    private UUID hero;
    private UUID bodyImage;
    private String quote;

    @BeforeEach
    void magazine() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        partner = fixtures.apiKey("partner");
        Ref parent = fixtures.topic("World");
        Ref topic = fixtures.topic("Trade", parent);
        Ref author = fixtures.person("Ada Author");
        Ref expert = fixtures.person("Eve Expert", "economist", "Port Institute");
        Ref mentioned = fixtures.person("Max Mentioned");
        hero = fixtures.image("Cranes at dawn", "Harbour Agency");
        bodyImage = fixtures.image("A ledger", "Archive");
        Ref related = fixtures.article("Earlier tariffs").by(author).on(topic).publish();
        Ref article = fixtures.article("Tariffs return").by(author).on(topic).hero(hero).inlineImage(bodyImage)
                .quoting(expert, "ports will feel it first").mentioning(mentioned).related(related).publish();
        quote = fixtures.query("select id::text from quote where article_id = ?", article.id());
        refs.putAll(Map.of("parent", parent, "topic", topic, "author", author, "expert", expert, "mentioned", mentioned,
                "related", related, "article", article));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"article", "related article", "author", "expert", "mentioned person", "topic", "parent topic",
            "hero image", "body image", "quote"})
    void shouldRefreshEveryCachedPageThatShowsWhatChanged(String changed) {
        List<String> pages = pages();
        pages.forEach(this::publicRead); // kept in the representation cache
        Map<String, String> before = new LinkedHashMap<>();
        pages.forEach(page -> before.put(page, publicRead(page)));

        String shown = change(changed);

        List<String> showingIt = new ArrayList<>();
        for (String page : pages) {
            String kept = publicRead(page);
            assertEquals(freshRead(page), kept, "after changing the " + changed + ", " + page + " is stale");
            if (!kept.equals(before.get(page))) {
                showingIt.add(page);
            }
        }
        assertTrue(showingIt.stream().anyMatch(page -> publicRead(page).contains(shown)),
                "the change shows somewhere: " + showingIt);
    }

    /** Makes the change through the API; answers a text the changed resource now shows. */
    private String change(String what) {
        return switch (what) {
            case "article" -> patch("/api/v1/articles/" + refs.get("article").id(), "{\"headline\": \"Tariffs return, again\"}",
                    "Tariffs return, again");
            case "related article" -> patch("/api/v1/articles/" + refs.get("related").id(),
                    "{\"dek\": \"How the last round went\"}", "How the last round went");
            case "author" -> patch("/api/v1/people/" + refs.get("author").id(), "{\"name\": \"Ada A. Author\"}", "Ada A. Author");
            case "expert" -> patch("/api/v1/people/" + refs.get("expert").id(), "{\"honorific\": \"Dr.\"}", "Dr.");
            case "mentioned person" -> patch("/api/v1/people/" + refs.get("mentioned").id(), "{\"name\": \"Max M. Mentioned\"}",
                    "Max M. Mentioned");
            case "topic" -> patch("/api/v1/topics/" + refs.get("topic").id(), "{\"name\": \"Trade and tariffs\"}",
                    "Trade and tariffs");
            case "parent topic" -> patch("/api/v1/topics/" + refs.get("parent").id(), "{\"name\": \"The world\"}", "The world");
            case "hero image" -> patch("/api/v1/images/" + hero, "{\"caption\": \"Cranes at dusk\"}", "Cranes at dusk");
            case "body image" -> patch("/api/v1/images/" + bodyImage, "{\"credit\": \"City Archive\"}", "City Archive");
            case "quote" -> patch("/api/v1/quotes/" + quote, "{\"title\": \"chief economist\"}", "chief economist");
            default -> throw new IllegalArgumentException(what);
        };
    }

    private String patch(String url, String patch, String shown) {
        given().auth().oauth2(editor).header("If-Match", "*").contentType("application/merge-patch+json").body(patch)
                .when().patch(url).then().statusCode(200);
        return shown;
    }

    /** Every public page that shows any part of the magazine above. */
    private List<String> pages() {
        String article = refs.get("article").slug();
        String related = refs.get("related").slug();
        String topic = refs.get("topic").slug();
        String parent = refs.get("parent").slug();
        String author = refs.get("author").slug();
        String expert = refs.get("expert").slug();
        String mentioned = refs.get("mentioned").slug();
        return List.of(
                "/api/v1/articles", "/api/v1/articles?include=people", "/api/v1/articles/" + article,
                "/api/v1/articles/" + related, "/api/v1/articles?topic=" + topic, "/api/v1/articles?author=" + author,
                "/api/v1/articles?person=" + expert,
                "/api/v1/topics", "/api/v1/topics/" + topic, "/api/v1/topics/" + topic + "?include=articles",
                "/api/v1/topics/" + topic + "/articles", "/api/v1/topics/" + parent, "/api/v1/topics/" + parent + "?include=articles",
                "/api/v1/people", "/api/v1/people/" + author, "/api/v1/people/" + author + "?include=articles",
                "/api/v1/people/" + expert + "?include=quotes,articles", "/api/v1/people/" + expert + "/quotes",
                "/api/v1/people/" + author + "/articles", "/api/v1/people/" + mentioned + "?include=articles",
                "/api/v1/quotes", "/api/v1/quotes?person=" + expert, "/api/v1/quotes/" + quote,
                "/api/v1/images/" + hero, "/api/v1/images/" + bodyImage);
    }

    private String publicRead(String page) {
        return given().when().get(page).then().statusCode(200).extract().asString();
    }

    /**
     * A read with a key is built from the database every time. A partner's key, which every article here is open
     * to, reads what the public reads (an editor's would add the articles' syndication rights).
     */
    private String freshRead(String page) {
        return given().auth().oauth2(partner).when().get(page).then().statusCode(200).extract().asString();
    }
}
