package com.modernmedia.content.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article as an IPTC ninjs 3.2 news item, asked for by its profile or by the application/ninjs+json alias, or as
 * a 3.1 one, asked for by its profile: it names its standard, links to its profile and schema, and is valid against
 * IPTC's own JSON Schema of that version.
 */
@QuarkusTest
class ArticleNinjsTest {

    private static final String NINJS = "application/json; profile=\"http://iptc.org/std/ninjs/3.2\"";
    private static final String ALIAS = "application/ninjs+json";
    private static final String LINKS = "<http://iptc.org/std/ninjs/3.2>; rel=\"profile\", "
            + "<http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json>; rel=\"describedby\"";
    private static final String NINJS_31 = "application/json; profile=\"http://iptc.org/std/ninjs/3.1\"";
    private static final String LINKS_31 = "<http://iptc.org/std/ninjs/3.1>; rel=\"profile\", "
            + "<http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json>; rel=\"describedby\"";
    private static final String SITE = "https://www.modernmedia.example";

    @Inject
    Fixtures fixtures;

    private Ref author;
    private Ref expert;
    private Ref leader;
    private Ref iran;
    private UUID hero;
    private UUID inline;
    private Ref article;

    @BeforeEach
    void article() {
        fixtures.reset();
        author = fixtures.person("Philip Kowalski", "senior writer", "Modern Media");
        expert = fixtures.person("Arshin Adib-Moghaddam", "professor in global thought", "SOAS University of London");
        leader = fixtures.person("Qassem Soleimani");
        iran = fixtures.topic("Iran");
        hero = fixtures.image("A rally in Tehran", "Pool / Press Office / Anadolu Agency / Getty");
        inline = fixtures.image("Soleimani in 2016", "Press Office of Iranian Supreme Leader");
        article = fixtures.article("Soleimani and the United States").dek("Enemies who were sometimes allies.")
                .by(author).on(iran).hero(hero)
                .paragraph("Few Americans knew the general's name.")
                .quoting(expert, "world politics professor", "SOAS University of London", "a regional axis that is institutionalized")
                .inlineImage(inline)
                .mentioning(leader)
                .publish();
    }

    @Test
    void shouldServeANinjsNewsItemThatNamesItsStandardAndIsValidAgainstIptcsSchema() throws Exception {
        Response answer = given().header("Accept", NINJS).when().get("/api/v1/articles/" + article.slug());

        answer.then().statusCode(200).header("Content-Type", NINJS).header("Link", LINKS);
        assertEquals(List.of(), NinjsSchema.errors("3.2", answer.asString()));
        JsonNode json = given().when().get("/api/v1/articles/" + article.slug()).as(JsonNode.class);
        JsonNode ninjs = new ObjectMapper().readTree(answer.asString());
        assertEquals("urn:uuid:" + article.id(), ninjs.path("uri").asText());
        assertEquals("{\"name\":\"ninjs\",\"version\":\"3.2\",\"schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#\"}",
                ninjs.path("standard").toString());
        assertEquals("text", ninjs.path("type").asText());
        assertEquals("full", ninjs.path("representationType").asText());
        assertEquals("1", ninjs.path("version").asText());
        assertEquals(json.path("publishedAt"), ninjs.path("firstCreated"));
        assertEquals(json.path("publishedAt"), ninjs.path("contentCreated"));
        assertEquals(json.path("updatedAt"), ninjs.path("versionCreated"));
        assertEquals("usable", ninjs.path("pubStatus").asText());
        assertEquals("Modern Media", ninjs.path("copyrightHolder").asText());
        assertEquals(article.slug(), ninjs.path("slugline").asText());
        assertEquals("[{\"role\":\"main\",\"contentType\":\"text/plain\",\"value\":\"Soleimani and the United States\"}]",
                ninjs.path("headlines").toString());
        assertEquals("[{\"role\":\"summary\",\"contentType\":\"text/plain\",\"value\":\"Enemies who were sometimes allies.\"}]",
                ninjs.path("descriptions").toString());
        JsonNode body = ninjs.path("bodies").path(0);
        assertEquals("text/html", body.path("contentType").asText());
        assertEquals(json.path("wordCount").asInt(), body.path("wordCount").asInt());
        assertTrue(body.path("value").asText().startsWith("<p>Few Americans knew the general's name.</p>"), body.toString());
        assertTrue(body.path("value").asText().contains("<img src=\"https://images.test.example/" + inline + ".jpg\""), body.toString());
        assertEquals("Philip Kowalski", ninjs.path("by").asText());

        assertEquals(List.of("Philip Kowalski author " + SITE + "/people/" + author.slug(),
                        "Arshin Adib-Moghaddam quoted " + SITE + "/people/" + expert.slug(),
                        "Qassem Soleimani mentioned " + SITE + "/people/" + leader.slug()),
                each(ninjs.path("people"), "name", "rel", "uri"));
        assertEquals(List.of("Iran about " + SITE + "/topics/" + iran.slug() + " " + iran.slug()),
                each(ninjs.path("subjects"), "name", "rel", "uri", "literal"));
        assertEquals(List.of("hero hero picture urn:uuid:" + hero, "image-1 inline picture urn:uuid:" + inline,
                        "quote-1 quote component urn:uuid:" + json.path("quotes").path(0).path("id").asText()),
                each(ninjs.path("associations"), "name", "rel", "type", "uri"));
        JsonNode heroImage = ninjs.path("associations").path(0);
        assertEquals("Pool / Press Office / Anadolu Agency / Getty", heroImage.path("copyrightNotice").asText());
        assertEquals(List.of("caption A rally in Tehran", "alt Alt text for A rally in Tehran"),
                each(heroImage.path("descriptions"), "role", "value"));
        assertEquals(List.of("original https://images.test.example/" + hero + ".jpg 1600 900"),
                each(heroImage.path("renditions"), "name", "href", "width", "height"));
        assertEquals(List.of("web " + SITE + "/articles/" + article.slug() + " text/html"),
                each(ninjs.path("renditions"), "name", "href", "contentType"));
    }

    @Test
    void shouldCarryTheTitleAndAffiliationAQuoteWasSpokenUnderInTheRolesOfItsDescriptions() throws Exception {
        JsonNode ninjs = new ObjectMapper().readTree(given().header("Accept", NINJS).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).extract().asString());

        JsonNode quote = ninjs.path("associations").path(2);
        assertEquals("quote", quote.path("rel").asText());
        assertEquals(List.of("quote text/plain a regional axis that is institutionalized"), each(quote.path("bodies"), "role", "contentType", "value"));
        assertEquals(List.of("Arshin Adib-Moghaddam speaker " + SITE + "/people/" + expert.slug()), each(quote.path("people"), "name", "rel", "uri"));
        assertEquals(List.of("speakerTitle world politics professor", "speakerAffiliation SOAS University of London"),
                each(quote.path("descriptions"), "role", "value"), "the title quoted under, not today's (professor in global thought)");
    }

    @Test
    void shouldAnswerTheAliasWithTheSameDocumentInTheTypeItAskedFor() throws Exception {
        Response profiled = given().header("Accept", NINJS).when().get("/api/v1/articles/" + article.slug());
        Response alias = given().accept(ALIAS).when().get("/api/v1/articles/" + article.slug());

        alias.then().statusCode(200).contentType(ALIAS).header("Link", LINKS);
        assertEquals(profiled.asString(), alias.asString());
        assertEquals(List.of(), NinjsSchema.errors("3.2", alias.asString()));
    }

    @Test
    void shouldServeThoseWhoAskFor31TheSameNewsItemNaming31AndValidAgainstIts31Schema() throws Exception {
        String newest = given().header("Accept", NINJS).when().get("/api/v1/articles/" + article.slug()).asString();

        for (int read = 0; read < 2; read++) { // built, then kept
            Response answer = given().header("Accept", NINJS_31).when().get("/api/v1/articles/" + article.slug());

            answer.then().statusCode(200).header("Content-Type", NINJS_31).header("Link", LINKS_31);
            assertEquals(List.of(), NinjsSchema.errors("3.1", answer.asString()));
            ObjectNode ninjs = (ObjectNode) new ObjectMapper().readTree(answer.asString());
            assertEquals("{\"name\":\"ninjs\",\"version\":\"3.1\",\"schema\":\"http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#\"}",
                    ninjs.remove("standard").toString());
            ObjectNode same = (ObjectNode) new ObjectMapper().readTree(newest);
            same.remove("standard");
            assertEquals(same, ninjs, "3.1 has every field the 3.2 document uses");
        }
    }

    @Test
    void shouldLeaveOutTheBodyWhenTheReaderReceivesNone() throws Exception {
        Ref empty = fixtures.article("A headline alone").publish();
        fixtures.execute("update article set body = '[]'::jsonb where id = ?", empty.id());

        String ninjs = given().header("Accept", NINJS).when().get("/api/v1/articles/" + empty.slug()).then().statusCode(200)
                .extract().asString();
        String jsonLd = given().accept("application/ld+json").when().get("/api/v1/articles/" + empty.slug()).then().statusCode(200)
                .extract().asString();

        assertEquals(List.of(), NinjsSchema.errors("3.2", ninjs));
        JsonNode item = new ObjectMapper().readTree(ninjs);
        assertFalse(item.has("bodies"), ninjs);
        assertEquals("partial", item.path("representationType").asText());
        assertFalse(new ObjectMapper().readTree(jsonLd).has("articleBody"), jsonLd);
    }

    @Test
    void shouldKeepHostileTextIntactWithTheBodyEscapedAsHtml() throws Exception {
        String headline = "<script>alert(\"x\")</script> ]]> Tom & Jerry's \"war\"";
        Ref hostile = fixtures.article(headline).dek("</script> & ]]>").paragraph("Body with <b>tags</b> & ]]> in it.").publish();

        String document = given().header("Accept", NINJS).when().get("/api/v1/articles/" + hostile.slug()).then().statusCode(200)
                .extract().asString();

        assertEquals(List.of(), NinjsSchema.errors("3.2", document));
        JsonNode ninjs = new ObjectMapper().readTree(document);
        assertEquals(headline, ninjs.path("headlines").path(0).path("value").asText());
        assertEquals("</script> & ]]>", ninjs.path("descriptions").path(0).path("value").asText());
        assertEquals("<p>Body with &lt;b&gt;tags&lt;/b&gt; &amp; ]]&gt; in it.</p>", ninjs.path("bodies").path(0).path("value").asText());
    }

    /** Fields of each object of an array, a space apart, in order. */
    private static List<String> each(JsonNode array, String... fields) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            List<String> line = new ArrayList<>();
            for (String field : fields) {
                if (item.has(field)) {
                    line.add(item.path(field).asText());
                }
            }
            values.add(String.join(" ", line));
        });
        return values;
    }
}
