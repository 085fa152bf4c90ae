package com.modernmedia.content.feed;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every feed (all articles, a topic's, a person's, an author's) in RSS 2.0, Atom 1.0 and JSON Feed 1.1, read
 * back with Rome and the JSON Feed rules: what each item holds, its escaping, paging, rights and caching.
 */
@QuarkusTest
class FeedResourceTest {

    private static final String HOSTILE = "Dams <script>alert('x')</script> & \"levees\" ]]> hold";
    private static final String BODY_HTML = "<p>The barriers held &lt;overnight&gt; &amp; into the morning.</p>";
    private static final List<String> FORMATS = List.of("rss", "atom", "json");

    @Inject
    Fixtures fixtures;

    private Ref topic;
    private Ref author;
    private Ref expert;
    private UUID agencyImage;
    private Ref older;
    private Ref newer;

    @BeforeEach
    void content() {
        fixtures.reset();
        topic = fixtures.topic("Flood Defences");
        author = fixtures.person("Maren Holt");
        expert = fixtures.person("Idris Okafor", "hydrologist", "Delta Institute");
        agencyImage = fixtures.image("Sandbags stacked along a river wall", "Staff / Wire Agency");
        older = fixtures.article("Rivers rise across the north").dek("Towns brace for the crest.").by(author).on(topic)
                .paragraph("Water crept over the towpaths by dawn.").mentioning(expert).publish();
        newer = fixtures.article(HOSTILE).dek("A dek with <b>tags</b> & ampersands").by(author).on(topic).hero(agencyImage)
                .paragraph("The barriers held <overnight> & into the morning.")
                .quoting(expert, "hydrologist", "Delta Institute", "The walls did exactly what they were built to do.")
                .publish();
        fixtures.article("A draft nobody sees").by(author).on(topic).draft();
    }

    @Test
    void shouldServeEveryFeedInEveryFormatValidByItsOwnRules() {
        Map<String, List<Ref>> feeds = Map.of("articles", List.of(newer, older), "topics/" + topic.slug(), List.of(newer, older),
                "people/" + expert.slug(), List.of(newer, older), "authors/" + author.slug(), List.of(newer, older));
        feeds.forEach((feed, expected) -> {
            for (String format : FORMATS) {
                Response answer = given().when().get("/api/v1/feeds/" + feed + "/" + format).then().statusCode(200)
                        .contentType(typeOf(format)).extract().response();
                List<String> ids = format.equals("json") ? jsonFeedIds(answer) : syndFeed(answer).getEntries().stream()
                        .map(SyndEntry::getUri).toList();
                assertEquals(expected.stream().map(r -> "urn:uuid:" + r.id()).toList(), ids, feed + "/" + format);
            }
        });
    }

    @Test
    void shouldGiveEachRssAndAtomItemItsFieldsEscapedAsWritten() {
        for (String format : List.of("rss", "atom")) {
            SyndFeed feed = syndFeed(given().when().get("/api/v1/feeds/topics/" + topic.slug() + "/" + format).then().statusCode(200)
                    .extract().response());
            assertEquals("Modern Media: Flood Defences", feed.getTitle());
            assertEquals("https://www.modernmedia.example/topics/" + topic.slug(), format.equals("rss") ? feed.getLink()
                    : feed.getLinks().stream().filter(l -> "alternate".equals(l.getRel())).findFirst().orElseThrow().getHref());
            SyndEntry entry = feed.getEntries().get(0);
            assertEquals(HOSTILE, entry.getTitle(), format);
            assertEquals("https://www.modernmedia.example/articles/" + newer.slug(), entry.getLink());
            assertEquals("urn:uuid:" + newer.id(), entry.getUri());
            assertEquals("A dek with <b>tags</b> & ampersands", entry.getDescription().getValue(), format);
            assertTrue(entry.getContents().get(0).getValue().startsWith(BODY_HTML), entry.getContents().get(0).getValue());
            assertEquals(List.of("Flood Defences"), entry.getCategories().stream().map(c -> c.getName()).toList());
            assertEquals("Maren Holt", format.equals("atom") ? entry.getAuthors().get(0).getName() : entry.getAuthor());
            if (format.equals("atom")) {
                assertEquals("https://www.modernmedia.example/people/" + author.slug(), entry.getAuthors().get(0).getUri());
            }
            assertNotNull(entry.getPublishedDate());
            assertEquals(given().when().get("/api/v1/articles/" + newer.slug()).jsonPath().getString("publishedAt"),
                    entry.getPublishedDate().toInstant().toString());
            assertEquals("https://images.test.example/" + agencyImage + ".jpg", entry.getEnclosures().get(0).getUrl());
            assertEquals("image/jpeg", entry.getEnclosures().get(0).getType());
            MediaEntryModule media = (MediaEntryModule) entry.getModule(MediaModule.URI);
            assertEquals("Staff / Wire Agency", media.getMediaContents()[0].getMetadata().getCredits()[0].getName());
        }
    }

    @Test
    void shouldGiveEachJsonFeedItemItsFieldsAsTheSpecNamesThem() {
        JsonPath feed = given().when().get("/api/v1/feeds/authors/" + author.slug() + "/json").then().statusCode(200)
                .contentType("application/feed+json").extract().jsonPath();
        assertEquals("Modern Media: articles by Maren Holt", feed.getString("title"));
        assertEquals("https://www.modernmedia.example/people/" + author.slug(), feed.getString("home_page_url"));
        assertEquals("/api/v1/feeds/authors/" + author.slug() + "/json", feed.getString("feed_url"));
        Map<String, Object> item = feed.getMap("items[0]");
        assertEquals(HOSTILE, item.get("title"));
        assertTrue(((String) item.get("content_html")).startsWith(BODY_HTML), (String) item.get("content_html"));
        assertNull(item.get("content_text"));
        assertEquals("A dek with <b>tags</b> & ampersands", item.get("summary"));
        assertEquals("https://images.test.example/" + agencyImage + ".jpg", item.get("image"));
        assertEquals(Map.of("image_credit", "Staff / Wire Agency", "image_caption", "Sandbags stacked along a river wall",
                "image_alt_text", "Alt text for Sandbags stacked along a river wall"), item.get("_content_api"));
        assertEquals(List.of(Map.of("name", "Maren Holt", "url", "https://www.modernmedia.example/people/" + author.slug())),
                item.get("authors"));
        assertEquals(List.of("Flood Defences"), item.get("tags"));
    }

    @Test
    void shouldAnswerTheNegotiatedUrlInTheFormatAcceptPrefers() {
        String path = "/api/v1/feeds/topics/" + topic.slug();
        given().when().get(path).then().statusCode(200).contentType("application/rss+xml")
                .header("Vary", startsWith("Accept,"));
        given().accept("*/*").when().get(path).then().statusCode(200).contentType("application/rss+xml");
        given().accept("application/atom+xml").when().get(path).then().statusCode(200).contentType("application/atom+xml");
        given().accept("application/rss+xml;q=0.5, application/feed+json").when().get(path).then().statusCode(200)
                .contentType("application/feed+json").body("version", equalTo("https://jsonfeed.org/version/1.1"));
        given().accept("text/html").when().get(path).then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("application/rss+xml, application/atom+xml, application/feed+json"));
        // the per-format URL answers whatever the reader accepts
        given().accept("application/xml").when().get(path + "/atom").then().statusCode(200).contentType("application/atom+xml")
                .header("Vary", not(containsString("Accept,")));
    }

    @Test
    void shouldPageOlderItemsThroughEachFormatsNextLink() {
        String rssNext = rssLink(given().when().get("/api/v1/feeds/articles/rss?limit=1").then().statusCode(200).extract().asString(),
                "next");
        assertEquals(List.of("urn:uuid:" + older.id()), syndFeed(given().when().get(rssNext).then().statusCode(200).extract().response())
                .getEntries().stream().map(SyndEntry::getUri).toList());
        SyndFeed atomFirst = syndFeed(given().when().get("/api/v1/feeds/articles/atom?limit=1").then().statusCode(200).extract().response());
        String atomNext = atomFirst.getLinks().stream().filter(l -> "next".equals(l.getRel())).findFirst().orElseThrow().getHref();
        SyndFeed atomSecond = syndFeed(given().when().get(atomNext).then().statusCode(200).extract().response());
        assertEquals(List.of("urn:uuid:" + older.id()), atomSecond.getEntries().stream().map(SyndEntry::getUri).toList());
        assertTrue(atomSecond.getLinks().stream().noneMatch(l -> "next".equals(l.getRel())), "the last page has no next link");
        String jsonNext = given().when().get("/api/v1/feeds/articles/json?limit=1").then().statusCode(200).extract().path("next_url");
        given().when().get(jsonNext).then().statusCode(200).body("items.id", equalTo(List.of("urn:uuid:" + older.id())))
                .body("next_url", equalTo(null));
    }

    @Test
    void shouldNeverShowAPartnerAnAgencyImageNotClearedForIt() {
        fixtures.execute("update image set syndication_cleared = false where id = ?", agencyImage);
        String partner = fixtures.apiKey("partner");
        for (String format : FORMATS) {
            String body = given().auth().oauth2(partner).when().get("/api/v1/feeds/articles/" + format).then().statusCode(200)
                    .header("Cache-Control", "private, no-store").extract().asString();
            assertFalse(body.contains(agencyImage.toString()), format + " shows the withheld image");
            assertFalse(body.contains("Wire Agency"), format + " shows the withheld image's credit");
            assertTrue(body.contains("urn:uuid:" + newer.id()), format + " leaves the article out");
        }
        given().when().get("/api/v1/feeds/articles/rss").then().statusCode(200).body(containsString(agencyImage.toString()));
    }

    @Test
    void shouldGiveTheFullTextOnlyToReadersWhoseRightsAllowIt() {
        fixtures.execute("update article set syndication_full_text = false where id = ?", newer.id());
        String partner = fixtures.apiKey("partner");
        SyndEntry teaser = syndFeed(given().auth().oauth2(partner).when().get("/api/v1/feeds/articles/atom").then().statusCode(200)
                .extract().response()).getEntries().get(0);
        assertEquals("urn:uuid:" + newer.id(), teaser.getUri());
        assertTrue(teaser.getContents().isEmpty(), "a teaser has no body");
        assertEquals("A dek with <b>tags</b> & ampersands", teaser.getDescription().getValue());
        String rss = given().auth().oauth2(partner).when().get("/api/v1/feeds/articles/rss").then().statusCode(200).extract().asString();
        assertFalse(rss.contains("barriers held"), "a teaser's RSS holds no body");
        given().auth().oauth2(partner).when().get("/api/v1/feeds/articles/json").then().statusCode(200)
                .body("items[0].content_html", equalTo(null)).body("items[0].content_text", equalTo("A dek with <b>tags</b> & ampersands"))
                .body("items[1].content_html", startsWith("<p>Water crept"));
        given().when().get("/api/v1/feeds/articles/json").then().body("items[0].content_html", startsWith("<p>The barriers held"));
    }

    @Test
    void shouldCacheRevalidateAndRefreshFeedsWhenWhatTheyShowChanges() {
        String path = "/api/v1/feeds/topics/" + topic.slug() + "/atom";
        Response first = given().when().get(path).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=600")
                .header("Surrogate-Key", containsString("list-articles"))
                .header("Surrogate-Key", containsString("topic-" + topic.id())).extract().response();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag);
        assertNotEquals(etag, given().when().get("/api/v1/feeds/topics/" + topic.slug() + "/rss").header("ETag"));

        String editor = fixtures.apiKey("editor");
        given().auth().oauth2(editor).contentType("application/merge-patch+json").body(Map.of("name", "Flood Walls"))
                .header("If-Match", "*").patch("/api/v1/topics/" + topic.slug()).then().statusCode(200);
        SyndFeed renamed = syndFeed(given().header("If-None-Match", etag).when().get(path).then().statusCode(200).extract().response());
        assertEquals("Modern Media: Flood Walls", renamed.getTitle());
        given().auth().oauth2(editor).contentType("application/merge-patch+json").body(Map.of("headline", "Barriers hold"))
                .header("If-Match", "*").patch("/api/v1/articles/" + older.slug()).then().statusCode(200);
        assertEquals("Barriers hold", syndFeed(given().when().get(path).then().statusCode(200).extract().response())
                .getEntries().get(1).getTitle());
    }

    @Test
    void shouldLinkEachJsonListToTheFeedOfTheSameArticles() {
        given().when().get("/api/v1/articles").then().statusCode(200)
                .header("Link", containsString("</api/v1/feeds/articles/rss>; rel=\"alternate\"; type=\"application/rss+xml\""))
                .header("Link", containsString("</api/v1/feeds/articles/json>; rel=\"alternate\"; type=\"application/feed+json\""));
        given().when().get("/api/v1/topics/" + topic.slug() + "/articles").then().statusCode(200)
                .header("Link", containsString("</api/v1/feeds/topics/" + topic.slug() + "/atom>; rel=\"alternate\""));
        given().when().get("/api/v1/articles?author=" + author.slug()).then()
                .header("Link", containsString("</api/v1/feeds/authors/" + author.slug() + "/rss>"));
        given().when().get("/api/v1/people/" + author.slug() + "/articles?role=author").then()
                .header("Link", containsString("</api/v1/feeds/authors/" + author.slug() + "/rss>"));
        given().when().get("/api/v1/people/" + expert.slug() + "/articles?role=quoted").then()
                .header("Link", containsString("</api/v1/feeds/people/" + expert.slug() + "/rss>"));
        given().when().get("/api/v1/articles?author=" + author.slug() + "&topic=" + topic.slug()).then().statusCode(200)
                .header("Link", equalTo(null));
    }

    @Test
    void shouldRefuseWhatNoFeedHoldsWithProblems() {
        given().when().get("/api/v1/feeds/topics/no-such-topic/rss").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/feeds/people/no-such-person").then().statusCode(404);
        given().when().get("/api/v1/feeds/articles/xml").then().statusCode(404);
        given().when().get("/api/v1/feeds/articles/rss?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().when().get("/api/v1/feeds/articles/rss?limit=101").then().statusCode(400);
        given().when().get("/api/v1/feeds/articles/rss?cursor=not-a-cursor").then().statusCode(400);
        given().when().get("/api/v1/feeds/articles/rss?fields=title").then().statusCode(400).body("errors[0].field", equalTo("fields"));
        fixtures.oldSlug("topic", "flood-barriers", topic);
        given().redirects().follow(false).when().get("/api/v1/feeds/topics/flood-barriers/json?limit=5").then().statusCode(301)
                .header("Location", equalTo("/api/v1/feeds/topics/" + topic.slug() + "/json?limit=5"));
    }

    private static String typeOf(String format) {
        return switch (format) {
            case "rss" -> "application/rss+xml";
            case "atom" -> "application/atom+xml";
            default -> "application/feed+json";
        };
    }

    /** Parses a feed with Rome, which refuses one that is not well-formed XML of a feed format it knows. */
    private static SyndFeed syndFeed(Response answer) {
        try {
            return new SyndFeedInput().build(new InputSource(new StringReader(answer.asString())));
        } catch (Exception e) {
            throw new AssertionError("not a feed Rome reads: " + answer.asString(), e);
        }
    }

    /** A link of an RSS channel's atom:link elements, by its rel. */
    private static String rssLink(String rss, String rel) {
        try {
            Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(rss)));
            return ((AtomLinkModule) channel.getModule(AtomLinkModule.URI)).getLinks().stream()
                    .filter(link -> rel.equals(link.getRel())).map(Link::getHref).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new AssertionError("not RSS: " + rss, e);
        }
    }

    /**
     * The item ids of a JSON Feed 1.1, checked against the spec's rules: the version URL, a title, items, and per
     * item an id and content_html or content_text; dates in RFC 3339.
     */
    private static List<String> jsonFeedIds(Response answer) {
        JsonPath feed = answer.jsonPath();
        assertEquals("https://jsonfeed.org/version/1.1", feed.getString("version"));
        assertNotNull(feed.getString("title"));
        List<Map<String, Object>> items = feed.getList("items");
        assertNotNull(items);
        for (Map<String, Object> item : items) {
            assertTrue(item.get("id") instanceof String, "item id must be a string");
            assertTrue(item.get("content_html") instanceof String || item.get("content_text") instanceof String, "an item needs content");
            OffsetDateTime.parse((String) item.get("date_published"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            OffsetDateTime.parse((String) item.get("date_modified"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return items.stream().map(item -> (String) item.get("id")).toList();
    }
}
