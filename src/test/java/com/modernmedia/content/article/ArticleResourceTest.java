package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ArticleResourceTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldListPublishedArticlesNewestFirstAsSummaries() {
        Ref author = fixtures.person("Philip Kowalski", "senior writer", "Modern Media");
        Ref iran = fixtures.topic("Iran");
        UUID hero = fixtures.image("A rally in Tehran", "Pool / Press Office / Agency / Getty");
        Ref older = fixtures.article("Older story").by(author).on(iran).publish();
        Ref newer = fixtures.article("Newer story").by(author).on(iran).hero(hero).dek("What it means").publish();

        given().when().get("/api/v1/articles")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", startsWith("\""))
                .header("Cache-Control", containsString("public"))
                .body("items.slug", contains(newer.slug(), older.slug()))
                .body("items[0].id", equalTo(newer.id().toString()))
                .body("items[0].headline", equalTo("Newer story"))
                .body("items[0].dek", equalTo("What it means"))
                .body("items[0].heroImage.caption", equalTo("A rally in Tehran"))
                .body("items[0].heroImage.credit", equalTo("Pool / Press Office / Agency / Getty"))
                .body("items[0].authors.name", contains("Philip Kowalski"))
                .body("items[0].topics.slug", contains(iran.slug()))
                .body("items[0].readingTimeMinutes", equalTo(1))
                .body("items[0].publishedAt", notNullValue())
                .body("items[0]", not(hasKey("body")))
                .body("items[0]", not(hasKey("people")))
                .body("items[1].heroImage", nullValue())
                .body("next", nullValue())
                .body("$", not(hasKey("total")));
    }

    @Test
    void shouldHideDraftsScheduledAndUnpublishedArticlesFromPublicReads() {
        Ref author = fixtures.person("Nadia Farouk");
        Ref expert = fixtures.person("Hidden Expert");
        Ref topic = fixtures.topic("Syria");
        Ref visible = fixtures.article("Visible story").by(author).on(topic).publish();
        Ref draft = fixtures.article("Draft story").by(author).on(topic).quoting(expert, "secret words").draft();
        Ref scheduled = fixtures.article("Scheduled story").by(author).on(topic)
                .scheduleAt(Instant.now().plus(30, ChronoUnit.DAYS));
        Ref unpublished = fixtures.article("Pulled story").by(author).on(topic).unpublished();

        given().when().get("/api/v1/articles?total=true")
                .then().statusCode(200)
                .body("items.slug", contains(visible.slug()))
                .body("total", equalTo(1));
        for (Ref hidden : new Ref[]{draft, scheduled, unpublished}) {
            given().when().get("/api/v1/articles/" + hidden.slug())
                    .then().statusCode(404).contentType("application/problem+json");
            given().when().get("/api/v1/articles/" + hidden.id())
                    .then().statusCode(404);
        }
        given().when().get("/api/v1/topics/" + topic.slug())
                .then().statusCode(200).body("articleCount", equalTo(1));
        given().when().get("/api/v1/quotes").then().statusCode(200).body("items", empty());
        given().when().get("/api/v1/people/" + expert.slug()).then().statusCode(404);
    }

    @Test
    void shouldShowScheduledArticleOnceItsTimeHasCome() {
        Ref due = fixtures.article("Due story").scheduleAt(Instant.now().minus(1, ChronoUnit.MINUTES));

        given().when().get("/api/v1/articles/" + due.slug())
                .then().statusCode(200).body("slug", equalTo(due.slug()));
    }

    @Test
    void shouldFilterByTopicPersonAuthorAndPublicationTime() {
        Ref writer = fixtures.person("Maren Lindqvist");
        Ref other = fixtures.person("Daniel Okonjo");
        Ref expert = fixtures.person("Helena Voss");
        Ref leader = fixtures.person("A Head Of State");
        Ref climate = fixtures.topic("Climate");
        Ref tech = fixtures.topic("Technology");
        Ref quoting = fixtures.article("Glaciers").by(writer).on(climate).quoting(expert, "ice is retreating")
                .publishAt(Instant.parse("2025-03-01T10:00:00Z"));
        Ref mentioning = fixtures.article("Chips").by(other).on(tech).mentioning(leader)
                .publishAt(Instant.parse("2025-04-01T10:00:00Z"));
        Ref both = fixtures.article("Data centres and heat").by(writer, other).on(tech, climate).quoting(expert, "power is water")
                .mentioning(leader).publishAt(Instant.parse("2025-05-01T10:00:00Z"));

        given().when().get("/api/v1/articles?topic=" + climate.slug())
                .then().statusCode(200).body("items.slug", contains(both.slug(), quoting.slug()));
        given().when().get("/api/v1/articles?person=" + expert.slug())
                .then().statusCode(200).body("items.slug", contains(both.slug(), quoting.slug()));
        given().when().get("/api/v1/articles?person=" + leader.slug())
                .then().statusCode(200).body("items.slug", contains(both.slug(), mentioning.slug()));
        given().when().get("/api/v1/articles?author=" + other.slug())
                .then().statusCode(200).body("items.slug", contains(both.slug(), mentioning.slug()));
        given().when().get("/api/v1/articles?author=" + writer.slug() + "&topic=" + tech.slug())
                .then().statusCode(200).body("items.slug", contains(both.slug()));
        given().when().get("/api/v1/articles?publishedAfter=2025-04-01T10:00:00Z&publishedBefore=2025-05-01")
                .then().statusCode(200).body("items.slug", contains(mentioning.slug()));
        given().when().get("/api/v1/articles?topic=no-such-topic")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldServeTheWholeArticleForAPage() {
        Ref author = fixtures.person("Philip Kowalski", "senior writer", "Modern Media");
        Ref professor = fixtures.person("Arshin Adib-Moghaddam", "professor of global thought", "SOAS University of London");
        Ref director = fixtures.person("Marvin Weinbaum");
        Ref leader = fixtures.person("Ali Khamenei");
        Ref iran = fixtures.topic("Iran");
        Ref isis = fixtures.topic("ISIS");
        UUID hero = fixtures.image("Iranians rally in Tehran", "Anadolu Agency / Getty");
        UUID inline = fixtures.image("A meeting in Tehran in 2016", "Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty");
        Ref relatedPublic = fixtures.article("The siege of Amirli").by(author).publish();
        Ref relatedDraft = fixtures.article("Unfinished follow-up").draft();
        Ref article = fixtures.article("Soleimani and the United States").dek("A complicated relationship")
                .by(author).on(iran, isis).hero(hero)
                .paragraph("The general was little known in America.")
                .quoting(professor, "world politics professor", "SOAS University of London", "a regional axis that is both institutionalized and ideological")
                .inlineImage(inline)
                .heading("A marriage of convenience")
                .quoting(director, "director of the Afghanistan and Pakistan program", "Middle East Institute", "absolutely critical")
                .pullQuote("The world is more dangerous", "Arshin Adib-Moghaddam")
                .mentioning(leader)
                .related(relatedDraft, relatedPublic)
                .newsletter("Sign up for the weekly newsletter", "https://www.modernmedia.example/newsletter")
                .publish();

        given().when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .body("id", equalTo(article.id().toString()))
                .body("headline", equalTo("Soleimani and the United States"))
                .body("dek", equalTo("A complicated relationship"))
                .body("authors.name", contains("Philip Kowalski"))
                .body("topics.slug", contains(iran.slug(), isis.slug()))
                .body("heroImage.credit", equalTo("Anadolu Agency / Getty"))
                .body("body.type", contains("paragraph", "paragraph", "image", "heading", "paragraph", "pull_quote"))
                .body("body[2].image.caption", equalTo("A meeting in Tehran in 2016"))
                .body("body[2].image.credit", equalTo("Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty"))
                .body("body[3].level", equalTo(2))
                .body("body[5].attribution", equalTo("Arshin Adib-Moghaddam"))
                .body("images.id", contains(inline.toString()))
                .body("people.name", contains("Arshin Adib-Moghaddam", "Marvin Weinbaum", "Ali Khamenei"))
                .body("people.role", contains("quoted", "quoted", "mentioned"))
                .body("people[0].title", equalTo("world politics professor"))
                .body("people[0].affiliation", equalTo("SOAS University of London"))
                .body("quotes.text", contains("a regional axis that is both institutionalized and ideological", "absolutely critical"))
                .body("quotes[0].person.slug", equalTo(professor.slug()))
                .body("quotes[0].person.title", equalTo("professor of global thought"))
                .body("quotes[0].title", equalTo("world politics professor"))
                .body("quotes[0].blockIndex", equalTo(1))
                .body("quotes[1].blockIndex", equalTo(4))
                .body("related.slug", contains(relatedPublic.slug()))
                .body("callToAction.kind", equalTo("newsletter"))
                .body("callToAction.url", equalTo("https://www.modernmedia.example/newsletter"))
                .body("wordCount", notNullValue())
                .body("readingTimeMinutes", equalTo(1))
                .body("revision", equalTo(1))
                .body("$", not(hasKey("bodyHtml")));
    }

    @Test
    void shouldFindAnArticleByIdAndRedirectAnOldSlug() {
        Ref article = fixtures.article("Renamed story").publish();
        fixtures.oldSlug("article", "the-old-name", article);

        given().when().get("/api/v1/articles/" + article.id())
                .then().statusCode(200).body("slug", equalTo(article.slug()));
        given().redirects().follow(false).when().get("/api/v1/articles/the-old-name?format=text")
                .then().statusCode(301)
                .header("Location", equalTo("/api/v1/articles/" + article.slug() + "?format=text"))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400"));
        given().when().get("/api/v1/articles/the-old-name").then().statusCode(200).body("id", equalTo(article.id().toString()));
    }

    @Test
    void shouldNotRedirectAnOldSlugToAnArticleThatIsNoLongerPublic() {
        Ref article = fixtures.article("Withdrawn story").unpublished();
        fixtures.oldSlug("article", "withdrawn-old", article);

        given().redirects().follow(false).when().get("/api/v1/articles/withdrawn-old").then().statusCode(404);
    }

    @Test
    void shouldRenderTheBodyAsEscapedHtmlOrPlainText() {
        UUID image = fixtures.image("Caption with <b>tags</b> & ampersands", "Credit \"quoted\"");
        Ref article = fixtures.article("Rendering").paragraph("Plain <script>alert('x')</script> & more")
                .heading("Section").inlineImage(image).pullQuote("Said it", "Someone").publish();

        given().when().get("/api/v1/articles/" + article.slug() + "?format=html")
                .then().statusCode(200)
                .body("$", not(hasKey("body")))
                .body("bodyHtml", equalTo("<p>Plain &lt;script&gt;alert('x')&lt;/script&gt; &amp; more</p>"
                        + "<h2>Section</h2>"
                        + "<figure><img src=\"https://images.test.example/" + image + ".jpg\" alt=\"Alt text for Caption with &lt;b&gt;tags&lt;/b&gt; &amp; ampersands\" width=\"1600\" height=\"900\">"
                        + "<figcaption>Caption with &lt;b&gt;tags&lt;/b&gt; &amp; ampersands <span class=\"credit\">Credit \"quoted\"</span></figcaption></figure>"
                        + "<blockquote class=\"pull-quote\"><p>Said it</p><footer>Someone</footer></blockquote>"));
        given().when().get("/api/v1/articles/" + article.slug() + "?format=text")
                .then().statusCode(200)
                .body("$", not(hasKey("body")))
                .body("bodyText", equalTo("Plain <script>alert('x')</script> & more\n\nSection\n\nSaid it"));
    }

    @Test
    void shouldSelectFieldsIncludingFieldsOfEmbeddedRelations() {
        Ref author = fixtures.person("Priya Raman", "technology editor", "Modern Media");
        Ref article = fixtures.article("Chips and states").by(author).publish();

        given().when().get("/api/v1/articles?fields=headline,authors.name")
                .then().statusCode(200)
                .body("items[0].headline", equalTo("Chips and states"))
                .body("items[0].authors[0].name", equalTo("Priya Raman"))
                .body("items[0]", not(hasKey("slug")))
                .body("items[0].authors[0]", not(hasKey("title")))
                .body("next", nullValue());
        given().when().get("/api/v1/articles/" + article.slug() + "?fields=slug,wordCount")
                .then().statusCode(200)
                .body("slug", equalTo(article.slug()))
                .body("wordCount", notNullValue())
                .body("$", not(hasKey("headline")));
        given().when().get("/api/v1/articles?fields=headline,authors.nope")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("fields"))
                .body("errors[0].message", containsString("'nope'"));
        given().when().get("/api/v1/articles?fields=headline.length")
                .then().statusCode(400).body("errors[0].field", equalTo("fields"));
    }

    @Test
    void shouldEmbedPeopleInSummariesWhenIncluded() {
        Ref expert = fixtures.person("Kwame Asante");
        fixtures.article("With an expert").quoting(expert, "economist", "Accra Policy Lab", "prices rise").publish();

        given().when().get("/api/v1/articles?include=people")
                .then().statusCode(200)
                .body("items[0].people.name", contains("Kwame Asante"))
                .body("items[0].people[0].role", equalTo("quoted"))
                .body("items[0].people[0].title", equalTo("economist"));
        given().when().get("/api/v1/articles?include=quotes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("include"))
                .body("errors[0].message", containsString("people"));
    }

    @Test
    void shouldAnswerNotModifiedToACurrentCopy() {
        Ref article = fixtures.article("Cached story").publish();
        String etag = given().when().get("/api/v1/articles/" + article.slug()).then().statusCode(200).extract().header("ETag");
        String lastModified = given().when().get("/api/v1/articles/" + article.slug()).then().extract().header("Last-Modified");

        given().header("If-None-Match", etag).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(304).header("ETag", equalTo(etag)).body(is(""));
        given().header("If-None-Match", "W/" + etag).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200);
        given().header("If-Modified-Since", lastModified).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(304);
        String listTag = given().when().get("/api/v1/articles").then().extract().header("ETag");
        given().header("If-None-Match", listTag).when().get("/api/v1/articles").then().statusCode(304);
        fixtures.execute("update article set headline = 'Edited', updated_at = now() where id = ?", article.id());
        given().header("If-None-Match", etag).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("ETag", not(equalTo(etag))).body("headline", equalTo("Edited"));
        given().header("If-None-Match", listTag).when().get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void shouldCompareIfModifiedSinceToTheWholeSecondSentAsLastModified() {
        Ref article = fixtures.article("Edited at a fraction of a second").publish();
        fixtures.execute("update article set updated_at = '2025-06-02T10:00:00.750Z' where id = ?", article.id());

        given().when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("Last-Modified", equalTo("Mon, 02 Jun 2025 10:00:00 GMT"));
        given().header("If-Modified-Since", "Mon, 02 Jun 2025 10:00:00 GMT").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 02 Jun 2025 09:59:59 GMT").when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200);
    }

    @Test
    void shouldVaryOnAcceptEncodingAndOrigin() {
        fixtures.article("Compressed").publish();

        given().when().get("/api/v1/articles").then().statusCode(200).header("Vary", equalTo("Accept-Encoding, Origin, Authorization"));
    }

    @Test
    void shouldTagResponsesWithWhatTheyShowForCdnPurges() {
        Ref author = fixtures.person("Tagged Author");
        Ref topic = fixtures.topic("Tagged Topic");
        UUID hero = fixtures.image("Tagged hero", "Agency");
        Ref expert = fixtures.person("Tagged Expert");
        Ref related = fixtures.article("Tagged related").publish();
        Ref article = fixtures.article("Tagged").by(author).on(topic).hero(hero).quoting(expert, "tagged words")
                .related(related).publish();

        String tags = given().when().get("/api/v1/articles/" + article.slug()).then().statusCode(200).extract().header("Surrogate-Key");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("article-" + article.id(), "image-" + hero,
                        "person-" + author.id(), "topic-" + topic.id(), "person-" + expert.id(), "article-" + related.id(),
                        "quote-" + fixtures.query("select id::text from quote")),
                java.util.Set.of(tags.split(" ")));
        String listTags = given().when().get("/api/v1/articles").then().statusCode(200).extract().header("Surrogate-Key");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("list-articles", "article-" + article.id(),
                "image-" + hero, "person-" + author.id(), "topic-" + topic.id(), "article-" + related.id()),
                java.util.Set.of(listTags.split(" ")), "a page is tagged with everything its summaries show");
        given().auth().oauth2(fixtures.apiKey("editor")).when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200).header("Surrogate-Key", nullValue());
    }

    @Test
    void shouldSetCacheControlPerKindOfResource() {
        Ref topic = fixtures.topic("Cached topic");
        Ref article = fixtures.article("Cached article").on(topic).publish();

        given().when().get("/api/v1/articles/" + article.slug()).then()
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400"));
        given().when().get("/api/v1/topics/" + topic.slug()).then()
                .header("Cache-Control", equalTo("public, max-age=300, stale-while-revalidate=600, stale-if-error=86400"));
    }

    @Test
    void shouldRefuseIncludeWhereNothingCanBeEmbedded() {
        Ref article = fixtures.article("No embeds").publish();

        given().when().get("/api/v1/articles/" + article.slug() + "?include=related")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("include"))
                .body("errors[0].message", containsString("embeds no relations"));
        given().when().get("/api/v1/quotes?include=article").then().statusCode(400);
    }

    @Test
    void shouldRejectAnUnknownBodyFormat() {
        Ref article = fixtures.article("Formats").publish();

        given().when().get("/api/v1/articles/" + article.slug() + "?format=pdf")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"))
                .body("errors[0].message", containsString("blocks, html, text"));
    }

    @Test
    void shouldRejectBadDates() {
        given().when().get("/api/v1/articles?publishedAfter=last-week")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/articles"))
                .body("errors[0].field", equalTo("publishedAfter"));
        given().when().get("/api/v1/articles?publishedBefore=2025-13-45")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedBefore"));
    }
}
