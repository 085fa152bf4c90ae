package com.modernmedia.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.model.TopicRef;
import com.modernmedia.content.quote.QuoteView;
import com.modernmedia.content.shared.SiteLinks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * An article as a schema.org NewsArticle in JSON-LD (application/ld+json): what Google asks of an article
 * (headline, images, dates, authors with the URL of their page) and what the magazine knows besides. It is
 * made from the ArticleDetail the audience reads as JSON, so rights and withheld images follow.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "NewsArticle", description = "The article as a schema.org NewsArticle in JSON-LD (Accept: application/ld+json). "
        + "Fields without a value are left out.")
public record ArticleJsonLd(
        @JsonProperty("@context") @Schema(enumeration = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(enumeration = "NewsArticle") String type,
        @JsonProperty("@id") @Schema(description = "The article's stable URI, the same after any change of slug",
                examples = "urn:uuid:caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") String id,
        @Schema(description = "The article's id in this API", examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") String identifier,
        @Schema(description = "The article's page on the magazine's website",
                examples = "https://www.modernmedia.example/articles/soleimani-and-the-united-states-worked-together-to-beat-isis") String url,
        WebPage mainEntityOfPage,
        @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") String headline,
        @Schema(description = "The dek", examples = "Washington’s most wanted Iranian commander was, at times, its most useful one.")
        String description,
        @Schema(description = "The hero image, then the images of the body; none that the reader may not receive") List<ImageObject> image,
        @Schema(description = "Absent for a draft", examples = "2025-01-03T08:30:00Z") Instant datePublished,
        @Schema(examples = "2025-01-04T11:10:00Z") Instant dateModified,
        @Schema(description = "The byline, in order") List<Person> author,
        Organization publisher,
        @Schema(description = "The topics, most relevant first") List<Thing> about,
        @Schema(description = "The topics' names, most relevant first", examples = "[\"Iran\", \"ISIS\"]") List<String> articleSection,
        @Schema(description = "The people quoted or mentioned, under the title and affiliation the article gives them") List<Person> mentions,
        @Schema(description = "The quotes, in reading order") List<Quotation> hasPart,
        @Schema(examples = "1130") int wordCount,
        @Schema(description = "Always true: the magazine is free to read", examples = "true") boolean isAccessibleForFree,
        @Schema(description = "The body as plain text, blocks a blank line apart; absent when the reader may not receive it",
                examples = "Until a U.S. drone strike killed him near Baghdad’s international airport …") String articleBody) {

    private static final String CONTEXT = "https://schema.org";

    /**
     * The JSON-LD of an article as the audience reads it, its body as blocks. A person's title and affiliation stand
     * on the person where the article (or the quote) gives them: people carry no {@code @id}, so a title is said of
     * the person in this article, not for ever.
     */
    static ArticleJsonLd from(ArticleDetail article, SiteLinks site) {
        String page = site.article(article.slug());
        List<BodyBlock> body = article.body() == null ? List.of() : article.body();
        return new ArticleJsonLd(CONTEXT, "NewsArticle", SiteLinks.articleUri(article.id()), article.id().toString(),
                page, new WebPage("WebPage", page),
                article.headline(), article.dek(),
                Stream.concat(Stream.ofNullable(article.heroImage()), article.images().stream()).map(ImageObject::from).toList(),
                article.publishedAt(), article.updatedAt(),
                article.authors().stream().map(author -> Person.of(author, site)).toList(),
                new Organization("Organization", site.publisherName(), site.home(), new ImageObject("ImageObject", site.logo(),
                        null, null, null, null)),
                article.topics().stream().map(topic -> new Thing("Thing", topic.name(), site.topic(topic.slug()))).toList(),
                article.topics().stream().map(TopicRef::name).toList(),
                article.people().stream().map(person -> new Person("Person", person.name(), person.honorific(),
                        site.person(person.slug()), person.title(), Organization.named(person.affiliation()))).toList(),
                article.quotes().stream().map(quote -> Quotation.of(quote, site)).toList(),
                article.wordCount(), true, body.isEmpty() ? null : BodyRenderer.text(body));
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "SchemaOrgWebPage", description = "The web page whose main subject the article is")
    public record WebPage(
            @JsonProperty("@type") @Schema(enumeration = "WebPage") String type,
            @JsonProperty("@id") @Schema(examples = "https://www.modernmedia.example/articles/soleimani-and-the-united-states-worked-together-to-beat-isis")
            String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "SchemaOrgImageObject", description = "An image with its caption and credit line")
    public record ImageObject(
            @JsonProperty("@type") @Schema(enumeration = "ImageObject") String type,
            @Schema(examples = "https://images.modernmedia.example/2025/01/tehran-anti-us-rally.jpg") String url,
            @Schema(examples = "1600") Integer width,
            @Schema(examples = "900") Integer height,
            @Schema(examples = "Iranians at an anti-U.S. rally in Tehran protest the killing of Qassem Soleimani.") String caption,
            @Schema(examples = "Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty") String creditText) {

        static ImageObject from(ImageView image) {
            return new ImageObject("ImageObject", image.url(), image.width(), image.height(), image.caption(), image.credit());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "SchemaOrgPerson", description = "A person: an author, or someone quoted or mentioned under the title and "
            + "affiliation of that article or quote")
    public record Person(
            @JsonProperty("@type") @Schema(enumeration = "Person") String type,
            @Schema(examples = "Arshin Adib-Moghaddam") String name,
            @Schema(examples = "Dr.") String honorificPrefix,
            @Schema(description = "The person's page on the magazine's website",
                    examples = "https://www.modernmedia.example/people/arshin-adib-moghaddam") String url,
            @Schema(examples = "world politics professor") String jobTitle,
            Organization affiliation) {

        static Person of(PersonSummary author, SiteLinks site) {
            return new Person("Person", author.name(), author.honorific(), site.person(author.slug()), null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "SchemaOrgOrganization", description = "The publisher, with its home page and logo, or a person's affiliation")
    public record Organization(
            @JsonProperty("@type") @Schema(enumeration = "Organization") String type,
            @Schema(examples = "SOAS University of London") String name,
            @Schema(examples = "https://www.modernmedia.example/") String url,
            ImageObject logo) {

        static Organization named(String name) {
            return name == null ? null : new Organization("Organization", name, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "SchemaOrgThing", description = "A topic, with its page on the magazine's website")
    public record Thing(
            @JsonProperty("@type") @Schema(enumeration = "Thing") String type,
            @Schema(examples = "Iran") String name,
            @Schema(examples = "https://www.modernmedia.example/topics/iran") String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "SchemaOrgQuotation", description = "A quote: the exact words, and who said them under which title and affiliation")
    public record Quotation(
            @JsonProperty("@type") @Schema(enumeration = "Quotation") String type,
            @Schema(examples = "a regional axis that is both institutionalized and ideological") String text,
            @Schema(description = "The speaker, with the title and affiliation they were quoted under") Person spokenByCharacter) {

        static Quotation of(QuoteView quote, SiteLinks site) {
            PersonSummary speaker = quote.person();
            return new Quotation("Quotation", quote.text(), new Person("Person", speaker.name(), speaker.honorific(),
                    site.person(speaker.slug()), quote.title(), Organization.named(quote.affiliation())));
        }
    }
}
