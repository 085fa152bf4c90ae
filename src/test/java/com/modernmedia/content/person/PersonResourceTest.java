package com.modernmedia.content.person;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PersonResourceTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldListOnlyPeopleOfPublicArticlesByName() {
        Ref zoe = fixtures.person("Zoe Writer");
        Ref adam = fixtures.person("Adam Expert", "economist", "Accra Policy Lab");
        Ref mentioned = fixtures.person("Mia Mentioned");
        Ref onlyInDraft = fixtures.person("Secret Source");
        fixtures.person("Nobody At All");
        fixtures.article("Public").by(zoe).quoting(adam, "growth slows").mentioning(mentioned).publish();
        fixtures.article("Draft").quoting(onlyInDraft, "off the record").draft();

        given().when().get("/api/v1/people?total=true")
                .then().statusCode(200)
                .body("items.name", contains("Adam Expert", "Mia Mentioned", "Zoe Writer"))
                .body("items[0].title", equalTo("economist"))
                .body("items[0].affiliation", equalTo("Accra Policy Lab"))
                .body("total", equalTo(3));
        given().when().get("/api/v1/people/" + onlyInDraft.slug()).then().statusCode(404);
    }

    @Test
    void shouldPageThroughPeopleByNameOnce() {
        for (String name : new String[]{"Bea", "Abe", "Cy", "Dee", "Eve"}) {
            fixtures.article("About " + name).by(fixtures.person(name)).publish();
        }
        String next = given().when().get("/api/v1/people?limit=3").then().statusCode(200)
                .body("items.name", contains("Abe", "Bea", "Cy")).extract().path("next");
        given().queryParam("cursor", next).when().get("/api/v1/people?limit=3").then().statusCode(200)
                .body("items.name", contains("Dee", "Eve"));
    }

    @Test
    void shouldShowAPersonWithCountsOfPublicArticles() {
        Ref expert = fixtures.person("Arshin Adib-Moghaddam", "professor of global thought", "SOAS University of London");
        fixtures.article("Quoting one").quoting(expert, "an axis").publish();
        fixtures.article("Quoting two").quoting(expert, "decisive blows").publish();
        fixtures.article("Mentioning").mentioning(expert).publish();
        fixtures.article("Quoting in a draft").quoting(expert, "not yet").draft();
        fixtures.article("Written").by(expert).publish();

        given().when().get("/api/v1/people/" + expert.slug())
                .then().statusCode(200)
                .header("ETag", equalTo(given().get("/api/v1/people/" + expert.id()).header("ETag")))
                .body("id", equalTo(expert.id().toString()))
                .body("name", equalTo("Arshin Adib-Moghaddam"))
                .body("title", equalTo("professor of global thought"))
                .body("articleCounts.authored", equalTo(1))
                .body("articleCounts.quoted", equalTo(2))
                .body("articleCounts.mentioned", equalTo(1))
                .body("$", not(hasKey("quotes")))
                .body("$", not(hasKey("articles")));
    }

    @Test
    void shouldEmbedLatestQuotesAndArticlesWhenIncluded() {
        Ref expert = fixtures.person("Marvin Weinbaum");
        Ref first = fixtures.article("First").quoting(expert, "absolutely critical").publish();
        Ref second = fixtures.article("Second").quoting(expert, "a swift end").publish();

        given().when().get("/api/v1/people/" + expert.slug() + "?include=quotes,articles&fields=name,quotes.items.text,articles")
                .then().statusCode(200)
                .body("name", equalTo("Marvin Weinbaum"))
                .body("quotes.items.text", contains("a swift end", "absolutely critical"))
                .body("quotes", not(hasKey("next")))
                .body("articles.items.slug", contains(second.slug(), first.slug()))
                .body("articles.next", equalTo(null))
                .body("$", not(hasKey("articleCounts")));
        given().when().get("/api/v1/people/" + expert.slug() + "?include=everything")
                .then().statusCode(400).body("errors[0].field", equalTo("include"))
                .body("errors[0].message", containsString("articles, quotes"));
    }

    @Test
    void shouldListAPersonsQuotesUnderTheTitleTheyWereQuotedUnder() {
        Ref expert = fixtures.person("Eyad Hamid", "editor", "A Newsroom");
        Ref older = fixtures.article("Older").quoting(expert, "Syrian journalist", null, "terrorist arm").publish();
        fixtures.article("Newer").quoting(expert, "commentator", "A Newsroom", "no less involved").publish();
        fixtures.article("Hidden").quoting(expert, "never shown").draft();

        given().when().get("/api/v1/people/" + expert.slug() + "/quotes")
                .then().statusCode(200)
                .body("items.text", contains("no less involved", "terrorist arm"))
                .body("items[1].title", equalTo("Syrian journalist"))
                .body("items[1].person.title", equalTo("editor"))
                .body("items[1].article.slug", equalTo(older.slug()));
    }

    @Test
    void shouldListAPersonsArticlesByRole() {
        Ref person = fixtures.person("Helena Voss");
        Ref wrote = fixtures.article("Wrote").by(person).publish();
        Ref quoted = fixtures.article("Quoted").quoting(person, "ice").publish();
        Ref mentioned = fixtures.article("Mentioned").mentioning(person).publish();
        fixtures.article("Unrelated").publish();

        given().when().get("/api/v1/people/" + person.slug() + "/articles")
                .then().statusCode(200).body("items.slug", contains(mentioned.slug(), quoted.slug(), wrote.slug()));
        given().when().get("/api/v1/people/" + person.slug() + "/articles?role=author")
                .then().statusCode(200).body("items.slug", contains(wrote.slug()));
        given().when().get("/api/v1/people/" + person.slug() + "/articles?role=quoted")
                .then().statusCode(200).body("items.slug", contains(quoted.slug()));
        given().when().get("/api/v1/people/" + person.slug() + "/articles?role=mentioned")
                .then().statusCode(200).body("items.slug", contains(mentioned.slug()));
        given().when().get("/api/v1/people/" + person.slug() + "/articles?role=editor")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @Test
    void shouldRedirectAnOldSlugKeepingTheSubResource() {
        Ref person = fixtures.person("Renamed Person");
        fixtures.article("Quote").quoting(person, "words").publish();
        fixtures.oldSlug("person", "old-person", person);

        given().redirects().follow(false).when().get("/api/v1/people/old-person/quotes?limit=5")
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/people/" + person.slug() + "/quotes?limit=5"));
        given().when().get("/api/v1/people/old-person/quotes").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void shouldNeverShowADeletedPerson() {
        Ref kept = fixtures.person("Kept Writer");
        Ref deleted = fixtures.person("Deleted Writer");
        fixtures.article("Both").by(kept, deleted).publish();
        fixtures.execute("update person set deleted_at = now() where id = ?", deleted.id());

        given().when().get("/api/v1/people/" + deleted.slug()).then().statusCode(404);
        given().when().get("/api/v1/people/" + deleted.id()).then().statusCode(404);
        given().when().get("/api/v1/people/" + deleted.slug() + "/quotes").then().statusCode(404);
        given().when().get("/api/v1/people?total=true")
                .then().statusCode(200).body("items.slug", contains(kept.slug())).body("total", equalTo(1));
    }

    @Test
    void shouldAnswerNotFoundForUnknownPeople() {
        given().when().get("/api/v1/people/nobody-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No person has the slug 'nobody-here'."));
        given().when().get("/api/v1/people/nobody-here/quotes").then().statusCode(404);
        given().when().get("/api/v1/people/nobody-here/articles").then().statusCode(404);
        given().when().get("/api/v1/people/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("detail", containsString("id"));
        given().when().get("/api/v1/people").then().statusCode(200).body("items", empty());
    }
}
