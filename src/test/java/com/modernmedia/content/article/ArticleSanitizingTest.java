package com.modernmedia.content.article;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known XSS payloads, sent as HTML and as Markdown bodies: whatever is stored
 * and rendered has no script, no event handler and no script URL.
 */
@QuarkusTest
class ArticleSanitizingTest {

    private static final Set<String> RENDERED_ELEMENTS = Set.of("body", "p", "h2", "h3", "h4", "figure", "img",
            "figcaption", "span", "blockquote", "footer", "a");

    @Inject
    Fixtures fixtures;

    private String editor;
    private UUID image;

    @BeforeEach
    void reset() {
        fixtures.reset();
        editor = fixtures.apiKey("editor");
        image = fixtures.image("A safe image", "Agency");
    }

    static Stream<String> htmlPayloads() {
        return Stream.of(
                "<script>alert(1)</script><p>after</p>",
                "<p onclick=\"alert(1)\">click</p>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">link</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">mixed case</a>",
                "<a href=\"&#106;avascript:alert(1)\">entity</a>",
                "<svg onload=alert(1)><p>svg</p></svg>",
                "<iframe src=\"javascript:alert(1)\"></iframe><p>frame</p>",
                "<body onload=alert(1)><p>body</p></body>",
                "<div style=\"background:url(javascript:alert(1))\">styled</div>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<object data=\"javascript:alert(1)\"></object><p>object</p>",
                "<embed src=\"javascript:alert(1)\"><p>embed</p>",
                "<form action=\"javascript:alert(1)\"><input type=submit value=go></form>",
                "<p>text</p><scr<script>ipt>alert(1)</script>",
                "\"><script>alert(document.cookie)</script>",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
                "<blockquote onmouseover=alert(1)>quote<footer onclick=alert(2)>me</footer></blockquote>",
                "<p><a href=\"vbscript:msgbox(1)\">vb</a></p>",
                "<h2 onmouseover=\"alert(1)\">heading</h2><style>p{color:red}</style>",
                "<figure><img src=\"image:IMAGE\" onerror=\"alert(1)\"><figcaption onclick=\"x()\">c</figcaption></figure>");
    }

    static Stream<String> markdownPayloads() {
        return Stream.of(
                "[click](javascript:alert(1))",
                "![x](javascript:alert(1))",
                "<script>alert(1)</script>\n\nafter",
                "Text <img src=x onerror=alert(1)> more",
                "<a href=\"javascript:alert(1)\">raw</a>",
                "> quote <span onclick=alert(1)>x</span>\n> — Someone",
                "![ok](image:IMAGE \"title\" onerror=alert(1))",
                "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
    }

    @ParameterizedTest
    @MethodSource("htmlPayloads")
    void shouldNeverStoreOrServeScriptFromHtml(String payload) {
        assertHarmless("bodyHtml", payload.replace("IMAGE", image.toString()));
    }

    @ParameterizedTest
    @MethodSource("markdownPayloads")
    void shouldNeverStoreOrServeScriptFromMarkdown(String payload) {
        assertHarmless("bodyMarkdown", payload.replace("IMAGE", image.toString()));
    }

    @org.junit.jupiter.api.Test
    void shouldKeepTheTextAndStructureAroundWhatItRemoves() {
        String html = "<h2 onclick=\"x()\">Title</h2><p>Keep <a href=\"javascript:alert(1)\">this</a> text"
                + "<script>alert(1)</script></p><blockquote>Said <em>it</em><footer>Someone</footer></blockquote>";
        String slug = given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("headline", "Mixed", "bodyHtml", html))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("slug");

        given().auth().oauth2(editor).when().get("/api/v1/articles/" + slug + "?format=html")
                .then().statusCode(200)
                .body("bodyHtml", org.hamcrest.Matchers.equalTo("<h2>Title</h2><p>Keep this text</p>"
                        + "<blockquote class=\"pull-quote\"><p>Said it</p><footer>Someone</footer></blockquote>"));
    }

    private void assertHarmless(String field, String payload) {
        var created = given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("headline", "Payload", field, payload))
                .when().post("/api/v1/articles").then().extract();
        assertTrue(created.statusCode() == 201 || created.statusCode() == 400,
                "refused or stored, never a server error: " + created.statusCode());
        if (created.statusCode() == 400) {
            return; // e.g. an image that is not in the library: nothing was stored
        }
        String stored = fixtures.query("select body::text from article where id = ?", UUID.fromString(created.path("id")));
        assertFalse(stored.toLowerCase(Locale.ROOT).contains("<script"), stored);

        String html = given().auth().oauth2(editor).when().get("/api/v1/articles/" + created.path("slug") + "?format=html")
                .then().statusCode(200).extract().path("bodyHtml");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertTrue(RENDERED_ELEMENTS.contains(element.tagName()), "unexpected element in " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler in " + html);
                assertFalse(name.equals("style"), "style in " + html);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
                        "script URL in " + html);
            }
        }
        List<String> scriptTags = List.of("<script", "<iframe", "<svg", "<object", "<embed", "<style", "<form");
        scriptTags.forEach(tag -> assertFalse(html.toLowerCase(Locale.ROOT).contains(tag), tag + " in " + html));
    }
}
