package com.modernmedia.content.article;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article as a schema.org NewsArticle in JSON-LD (Accept: application/ld+json): what Google asks for and what
 * the magazine knows besides, valid JSON-LD made only of schema.org's terms, each on a type it belongs to.
 */
@QuarkusTest
class ArticleJsonLdTest {

    private static final String JSON_LD = "application/ld+json";
    private static final String SITE = "https://www.modernmedia.example";

    @Inject
    Fixtures fixtures;

    private Ref author;
    private Ref expert;
    private Ref leader;
    private Ref iran;
    private Ref isis;
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
        isis = fixtures.topic("ISIS");
        hero = fixtures.image("A rally in Tehran", "Pool / Press Office / Anadolu Agency / Getty");
        inline = fixtures.image("Soleimani in 2016", "Press Office of Iranian Supreme Leader");
        article = fixtures.article("Soleimani and the United States").dek("Enemies who were sometimes allies.")
                .by(author).on(iran, isis).hero(hero)
                .paragraph("Few Americans knew the general's name.")
                .quoting(expert, "world politics professor", "SOAS University of London", "a regional axis that is institutionalized")
                .inlineImage(inline)
                .mentioning(leader)
                .publish();
    }

    @Test
    void shouldDescribeTheArticleAsANewsArticleWithWhatGoogleAsksAndWhatTheMagazineKnows() throws Exception {
        Response answer = given().accept(JSON_LD).when().get("/api/v1/articles/" + article.slug());

        answer.then().statusCode(200).contentType(JSON_LD);
        JsonNode json = given().accept("application/json").when().get("/api/v1/articles/" + article.slug()).as(JsonNode.class);
        JsonNode ld = new ObjectMapper().readTree(answer.asString());
        assertEquals("https://schema.org", ld.path("@context").asText());
        assertEquals("NewsArticle", ld.path("@type").asText());
        assertEquals("urn:uuid:" + article.id(), ld.path("@id").asText());
        assertEquals(article.id().toString(), ld.path("identifier").asText());
        assertEquals(SITE + "/articles/" + article.slug(), ld.path("url").asText());
        assertEquals(SITE + "/articles/" + article.slug(), ld.path("mainEntityOfPage").path("@id").asText());
        assertEquals("Soleimani and the United States", ld.path("headline").asText());
        assertEquals("Enemies who were sometimes allies.", ld.path("description").asText());
        assertEquals(json.path("publishedAt"), ld.path("datePublished"));
        assertEquals(json.path("updatedAt"), ld.path("dateModified"));

        assertEquals(List.of("https://images.test.example/" + hero + ".jpg", "https://images.test.example/" + inline + ".jpg"),
                each(ld.path("image"), "url"));
        JsonNode heroImage = ld.path("image").path(0);
        assertEquals("ImageObject", heroImage.path("@type").asText());
        assertEquals("A rally in Tehran", heroImage.path("caption").asText());
        assertEquals("Pool / Press Office / Anadolu Agency / Getty", heroImage.path("creditText").asText());
        assertEquals(1600, heroImage.path("width").asInt());

        JsonNode byline = ld.path("author").path(0);
        assertEquals("Person", byline.path("@type").asText());
        assertEquals("Philip Kowalski", byline.path("name").asText());
        assertEquals(SITE + "/people/" + author.slug(), byline.path("url").asText());
        JsonNode publisher = ld.path("publisher");
        assertEquals("Organization", publisher.path("@type").asText());
        assertEquals("Modern Media", publisher.path("name").asText());
        assertEquals(SITE + "/", publisher.path("url").asText());
        assertEquals(SITE + "/logo-600x60.png", publisher.path("logo").path("url").asText());

        assertEquals(List.of("Iran", "ISIS"), each(ld.path("about"), "name"));
        assertEquals(List.of(SITE + "/topics/" + iran.slug(), SITE + "/topics/" + isis.slug()), each(ld.path("about"), "url"));
        assertEquals("[\"Iran\",\"ISIS\"]", ld.path("articleSection").toString());
        assertEquals(List.of("Arshin Adib-Moghaddam", "Qassem Soleimani"), each(ld.path("mentions"), "name"));
        JsonNode quoted = ld.path("mentions").path(0);
        assertEquals(SITE + "/people/" + expert.slug(), quoted.path("url").asText());
        assertEquals("world politics professor", quoted.path("jobTitle").asText(), "the title the article gives, not today's");
        assertEquals(SITE + "/people/" + leader.slug(), ld.path("mentions").path(1).path("url").asText());
        assertFalse(ld.path("mentions").path(1).has("jobTitle"), "nothing for a title the article does not give");

        JsonNode quote = ld.path("hasPart").path(0);
        assertEquals("Quotation", quote.path("@type").asText());
        assertEquals("a regional axis that is institutionalized", quote.path("text").asText());
        JsonNode speaker = quote.path("spokenByCharacter");
        assertEquals("Arshin Adib-Moghaddam", speaker.path("name").asText());
        assertEquals(SITE + "/people/" + expert.slug(), speaker.path("url").asText());
        assertEquals("world politics professor", speaker.path("jobTitle").asText());
        assertEquals("Organization", speaker.path("affiliation").path("@type").asText());
        assertEquals("SOAS University of London", speaker.path("affiliation").path("name").asText());
        assertFalse(speaker.has("@id"), "a title is said of the person in this quote, not of the person for ever");

        assertEquals(json.path("wordCount").asInt(), ld.path("wordCount").asInt());
        assertTrue(ld.path("isAccessibleForFree").asBoolean());
        assertTrue(ld.path("articleBody").asText().startsWith("Few Americans knew the general's name.\n\nAs world politics professor"));
    }

    @Test
    void shouldExpandAsJsonLdWithOnlySchemaOrgTermsEachOnATypeItBelongsTo() throws Exception {
        String document = given().accept(JSON_LD).when().get("/api/v1/articles/" + article.slug()).then().statusCode(200)
                .extract().asString();

        JsonArray expanded = SchemaOrg.expand(document);

        assertEquals(List.of(), SchemaOrg.problems(expanded));
        assertEquals("Soleimani and the United States", expanded.getJsonObject(0).getJsonArray("http://schema.org/headline")
                .getJsonObject(0).getString("@value"));
        assertEquals("world politics professor", expanded.getJsonObject(0).getJsonArray("http://schema.org/hasPart").getJsonObject(0)
                .getJsonArray("http://schema.org/spokenByCharacter").getJsonObject(0)
                .getJsonArray("http://schema.org/jobTitle").getJsonObject(0).getString("@value"));
    }

    @Test
    void shouldCatchATermSchemaOrgDoesNotDefineAndAPropertyOnATypeItDoesNotBelongTo() throws Exception {
        JsonLdError undefined = assertThrows(JsonLdError.class, () -> SchemaOrg.expand(
                "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headLine\": \"x\"}"));
        List<String> misplaced = SchemaOrg.problems(SchemaOrg.expand(
                "{\"@context\": \"https://schema.org\", \"@type\": \"ImageObject\", \"jobTitle\": \"editor\"}"));

        assertTrue(undefined.getMessage().contains("headLine"), undefined.getMessage());
        assertEquals(1, misplaced.size(), misplaced.toString());
        assertTrue(misplaced.get(0).contains("jobTitle is not a property of"), misplaced.toString());
    }

    @Test
    void shouldKeepHostileTextIntactAndInertInsideAScriptElement() throws Exception {
        String headline = "<script>alert(\"x\")</script> ]]> Tom & Jerry's \"war\"";
        String dek = "</script><!-- & --> ]]>";
        Ref hostile = fixtures.article(headline).dek(dek).paragraph("Body with <b>tags</b> & ]]> in it.").publish();

        String document = given().accept(JSON_LD).when().get("/api/v1/articles/" + hostile.slug()).then().statusCode(200)
                .extract().asString();

        assertFalse(document.contains("<") || document.contains(">") || document.contains("&"),
                "no markup a page could parse, should it paste the JSON-LD into a script element: " + document);
        JsonNode ld = new ObjectMapper().readTree(document);
        assertEquals(headline, ld.path("headline").asText());
        assertEquals(dek, ld.path("description").asText());
        assertEquals("Body with <b>tags</b> & ]]> in it.", ld.path("articleBody").asText());
        assertEquals(headline, SchemaOrg.expand(document).getJsonObject(0).getJsonArray("http://schema.org/headline")
                .getJsonObject(0).getString("@value"));
    }

    /** A field of each object of an array, in order. */
    private static List<String> each(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
