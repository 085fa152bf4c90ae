package com.modernmedia.content.demo;

import com.modernmedia.content.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The demo magazine loads, loads again without change, and shows every endpoint something real. */
@QuarkusTest
class DemoContentTest {

    private static final String FLAGSHIP = "soleimani-and-the-united-states-worked-together-to-beat-isis";

    @Inject
    Fixtures fixtures;

    @Inject
    DemoContentLoader loader;

    @BeforeEach
    void load() {
        fixtures.reset();
        loader.load();
        loader.load();
    }

    @AfterEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void shouldServeTheFlagshipArticleWithItsExpertsImagesAndRelatedStories() {
        given().when().get("/api/v1/articles/" + FLAGSHIP)
                .then().statusCode(200)
                .header("Last-Modified", equalTo("Sat, 21 Jun 2025 12:00:00 GMT"))
                .body("authors.name", contains("Philip Kowalski"))
                .body("people.findAll { it.role == 'quoted' }.name",
                        contains("Arshin Adib-Moghaddam", "Marvin Weinbaum", "Eyad Hamid"))
                .body("people.find { it.slug == 'arshin-adib-moghaddam' }.affiliation", equalTo("SOAS University of London"))
                .body("people.findAll { it.role == 'mentioned' }.size()", greaterThanOrEqualTo(3))
                .body("heroImage.credit", not(equalTo(null)))
                .body("images", hasSize(1))
                .body("images[0].credit", endsWith("Getty"))
                .body("quotes.size()", greaterThanOrEqualTo(3))
                .body("related.size()", greaterThanOrEqualTo(2))
                .body("callToAction.kind", equalTo("newsletter"));
        given().redirects().follow(false).when().get("/api/v1/articles/soleimani-and-the-us")
                .then().statusCode(301).header("Location", endsWith("/api/v1/articles/" + FLAGSHIP));
    }

    @Test
    void shouldHaveEnoughPublishedContentForEveryListAndNoHiddenArticleInIt() {
        given().when().get("/api/v1/articles?limit=100&total=true")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(11))
                .body("items.slug", not(hasItems("isis-detention-camps-the-problem-nobody-wants")))
                .body("items.slug", not(hasItems("the-iran-deals-long-shadow")))
                .body("items.slug", not(hasItems("carbon-eating-concrete-startup")));
        given().when().get("/api/v1/topics?limit=100&total=true")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(6));
        given().when().get("/api/v1/articles/washingtons-long-argument-about-tehran")
                .then().statusCode(200).body("related.slug", not(hasItems("the-iran-deals-long-shadow")));
        given().when().get("/api/v1/articles/the-iran-deals-long-shadow").then().statusCode(404);
        given().when().get("/api/v1/quotes?limit=100")
                .then().statusCode(200).body("items.article.slug", everyItem(not(equalTo("the-iran-deals-long-shadow"))));
    }

    @Test
    void shouldPlaceEveryQuoteInsideTheBodyBlockItPointsTo() {
        var quotes = given().when().get("/api/v1/quotes?limit=100").then().statusCode(200).extract().jsonPath();
        int count = quotes.getList("items").size();
        for (int i = 0; i < count; i++) {
            String slug = quotes.getString("items[" + i + "].article.slug");
            int block = quotes.getInt("items[" + i + "].blockIndex");
            String text = quotes.getString("items[" + i + "].text");
            String blockText = given().when().get("/api/v1/articles/" + slug).then().extract().path("body[" + block + "].text");
            org.junit.jupiter.api.Assertions.assertTrue(blockText.contains(text), "quote '" + text + "' is not in block " + block + " of " + slug);
        }
    }
}
