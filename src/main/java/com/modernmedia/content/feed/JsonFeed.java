package com.modernmedia.content.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.article.ArticleWithText;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.shared.SiteLinks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A feed in JSON Feed 1.1 (https://jsonfeed.org/version/1.1). An item has content_html, or for a reader whose
 * rights give it the summary only, content_text (the spec wants one of the two). The hero image's credit,
 * caption and alt text, which the format has no field for, are in the {@code _content_api} extension.
 */
@Schema(name = "JsonFeed", description = "A feed in JSON Feed 1.1")
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(
        @Schema(examples = VERSION) String version,
        @Schema(examples = "Modern Media: Iran") String title,
        @JsonProperty("home_page_url") @Schema(examples = "https://www.modernmedia.example/topics/iran") String homePageUrl,
        @JsonProperty("feed_url") @Schema(examples = "https://content.modernmedia.example/api/v1/feeds/topics/iran.json") String feedUrl,
        @Schema(examples = "The latest articles on Iran") String description,
        @JsonProperty("next_url") @Schema(description = "The next page of older items; absent on the last page", nullable = true)
        String nextUrl,
        @Schema(examples = "en") String language,
        List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @Schema(name = "JsonFeedItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            @Schema(description = "The article's permanent URI", examples = "urn:uuid:caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") String id,
            @Schema(description = "Its page on the magazine's website",
                    examples = "https://www.modernmedia.example/articles/soleimani-and-the-united-states-worked-together-to-beat-isis")
            String url,
            @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") String title,
            @JsonProperty("content_html") @Schema(description = "The body as HTML, when the reader's rights give the full text",
                    nullable = true) String contentHtml,
            @JsonProperty("content_text") @Schema(description = "The summary as text, when the reader's rights give no more",
                    nullable = true) String contentText,
            @Schema(description = "The dek", nullable = true) String summary,
            @Schema(description = "The hero image's URL", nullable = true) String image,
            @JsonProperty("date_published") @Schema(examples = "2025-01-03T08:30:00Z") String datePublished,
            @JsonProperty("date_modified") @Schema(examples = "2025-01-04T11:10:00Z") String dateModified,
            List<Author> authors,
            @Schema(description = "The article's topics, by name") List<String> tags,
            @JsonProperty("_content_api") @Schema(description = "Extension: the hero image's credit, caption and alt text",
                    nullable = true) ImageExtension imageDetails) {

        static Item from(ArticleWithText item, SiteLinks site) {
            ArticleSummary article = item.article();
            ImageView hero = article.heroImage();
            return new Item(SiteLinks.articleUri(article.id()), site.article(article.slug()), article.headline(),
                    item.bodyHtml(), item.bodyHtml() == null ? (article.dek() != null ? article.dek() : article.headline()) : null,
                    article.dek(), hero == null ? null : hero.url(),
                    article.publishedAt().toString(), article.updatedAt().toString(),
                    article.authors().stream().map(a -> new Author(a.name(), site.person(a.slug()))).toList(),
                    article.topics().stream().map(t -> t.name()).toList(),
                    hero == null ? null : new ImageExtension(hero.credit(), hero.caption(), hero.altText()));
        }
    }

    @Schema(name = "JsonFeedAuthor")
    record Author(@Schema(examples = "Philip Kowalski") String name,
                  @Schema(examples = "https://www.modernmedia.example/people/philip-kowalski") String url) {
    }

    @Schema(name = "JsonFeedImageDetails")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImageExtension(
            @JsonProperty("image_credit") @Schema(nullable = true) String imageCredit,
            @JsonProperty("image_caption") @Schema(nullable = true) String imageCaption,
            @JsonProperty("image_alt_text") String imageAltText) {
    }
}
