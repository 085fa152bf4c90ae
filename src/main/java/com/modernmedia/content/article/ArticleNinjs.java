package com.modernmedia.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.model.ArticleStatus;
import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.quote.QuoteView;
import com.modernmedia.content.shared.SiteLinks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An article as an IPTC ninjs 3.2 news item (Accept: application/json; profile="http://iptc.org/std/ninjs/3.2", or
 * application/ninjs+json), or as a 3.1 one for partners who ask for that version by its profile. The two versions
 * differ only in what 3.2 added to renditions (resources: audio tracks, subtitles), which an article's renditions have
 * none of: the document is the same, and names the standard it was asked for. It is made from the ArticleDetail the
 * audience reads as JSON, so rights and withheld images follow. Neither version allows a property of a provider's
 * own anywhere, so what ninjs has no field for (the title and affiliation a speaker was quoted under) goes where the
 * standard leaves the vocabulary to the provider: the roles of a quote's descriptions (docs/syndication.md, section 9).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "NinjsArticle", description = "The article as an IPTC ninjs 3.2 news item (Accept: application/json; "
        + "profile=\"http://iptc.org/std/ninjs/3.2\" or application/ninjs+json), or 3.1 (Accept: application/json; "
        + "profile=\"http://iptc.org/std/ninjs/3.1\"), the same document naming that version. Fields without a value are "
        + "left out.")
public record ArticleNinjs(
        @Schema(description = "The article's stable URI, the same after any change of slug",
                examples = "urn:uuid:caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") String uri,
        Standard standard,
        @Schema(enumeration = "text") String type,
        @Schema(description = "partial when the reader may not receive the body", enumeration = {"full", "partial"})
        String representationType,
        @Schema(description = "The article's revision", examples = "3") String version,
        @Schema(description = "When it went (or goes) public; absent for a draft", examples = "2025-01-03T08:30:00Z") Instant firstCreated,
        @Schema(description = "When this revision was written", examples = "2025-01-04T11:10:00Z") Instant versionCreated,
        @Schema(description = "When it went (or goes) public; absent for a draft", examples = "2025-01-03T08:30:00Z") Instant contentCreated,
        @Schema(description = "usable once published; withheld while a draft or scheduled, canceled once unpublished "
                + "(only editors read those)", enumeration = {"usable", "withheld", "canceled"}) String pubStatus,
        @Schema(description = "The publisher", examples = "Modern Media") String copyrightHolder,
        @Schema(description = "The article's slug", examples = "soleimani-and-the-united-states-worked-together-to-beat-isis") String slugline,
        List<Text> headlines,
        @Schema(description = "The dek") List<Text> descriptions,
        @Schema(description = "The body as HTML; absent when the reader may not receive it") List<Body> bodies,
        @Schema(description = "The byline", examples = "Philip Kowalski") String by,
        @Schema(description = "The authors (rel author) and the people quoted (rel quoted) or mentioned (rel mentioned)") List<Entity> people,
        @Schema(description = "The topics, most relevant first") List<Entity> subjects,
        @Schema(description = "The hero image (rel hero), the images of the body (rel inline), none that the reader may not "
                + "receive, and the quotes in reading order (rel quote)") List<Association> associations,
        @Schema(description = "The article's page on the magazine's website") List<Rendition> renditions) {

    /** The versions answered, as their profile URIs name them: the newest, which the alias answers, and the one before. */
    static final String VERSION = "3.2";
    static final String PREVIOUS_VERSION = "3.1";
    static final String PROFILES = "http://iptc.org/std/ninjs/";
    static final String PROFILE = PROFILES + VERSION;
    static final String PREVIOUS_PROFILE = PROFILES + PREVIOUS_VERSION;
    /** Roles of a quote's descriptions: what ninjs has no field for (docs/syndication.md, section 9). */
    static final String SPEAKER_TITLE = "speakerTitle";
    static final String SPEAKER_AFFILIATION = "speakerAffiliation";
    private static final String TEXT = "text/plain";

    /** The JSON Schema of a version, where IPTC publishes it. */
    static String schema(String version) {
        return "http://www.iptc.org/std/ninjs/ninjs-schema_" + version + ".json";
    }

    static ArticleNinjs from(ArticleDetail article, String version, SiteLinks site) {
        List<BodyBlock> body = article.body() == null ? List.of() : article.body();
        List<Association> associations = new ArrayList<>();
        Stream.ofNullable(article.heroImage()).map(hero -> Association.picture("hero", "hero", hero)).forEach(associations::add);
        IntStream.range(0, article.images().size())
                .mapToObj(i -> Association.picture("image-" + (i + 1), "inline", article.images().get(i))).forEach(associations::add);
        IntStream.range(0, article.quotes().size())
                .mapToObj(i -> Association.quote("quote-" + (i + 1), article.quotes().get(i), site)).forEach(associations::add);
        return new ArticleNinjs(SiteLinks.articleUri(article.id()), new Standard("ninjs", version, schema(version) + "#"), "text",
                body.isEmpty() ? "partial" : "full", Integer.toString(article.revision()),
                article.publishedAt(), article.updatedAt(), article.publishedAt(), pubStatus(article.status()),
                site.publisherName(), article.slug(),
                List.of(new Text("main", TEXT, article.headline())),
                article.dek() == null ? List.of() : List.of(new Text("summary", TEXT, article.dek())),
                body.isEmpty() ? List.of() : List.of(new Body("main", "text/html", article.wordCount(), BodyRenderer.html(body))),
                String.join(", ", article.authors().stream().map(PersonSummary::name).toList()),
                Stream.concat(
                        article.authors().stream().map(author -> Entity.person(author.name(), "author", author.slug(), site)),
                        article.people().stream().map(person -> Entity.person(person.name(),
                                person.role().value(), person.slug(), site))).toList(),
                article.topics().stream().map(topic -> new Entity(topic.name(), "about", site.topic(topic.slug()), topic.slug())).toList(),
                associations,
                List.of(new Rendition("web", site.article(article.slug()), "text/html", "The article on " + site.publisherName(),
                        null, null)));
    }

    /** ninjs' publication status of what editors may read besides published articles. */
    private static String pubStatus(String status) {
        return switch (ArticleStatus.valueOf(status.toUpperCase(Locale.ROOT))) {
            case PUBLISHED -> "usable";
            case DRAFT, SCHEDULED -> "withheld";
            case UNPUBLISHED -> "canceled";
        };
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsStandard", description = "The standard this document follows")
    public record Standard(
            @Schema(enumeration = "ninjs") String name,
            @Schema(description = "3.1 when asked for by its profile, 3.2 otherwise", enumeration = {"3.2", "3.1"}) String version,
            @Schema(enumeration = {"http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json#",
                    "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"}) String schema) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsText", description = "A headline, a description or a quote's words, with its role and media type")
    public record Text(
            @Schema(examples = "main") String role,
            @Schema(examples = "text/plain") String contentType,
            @Schema(examples = "Soleimani and the United States Worked Together to Beat ISIS") String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsBody", description = "The body as escaped, well-formed HTML")
    public record Body(
            @Schema(enumeration = "main") String role,
            @Schema(enumeration = "text/html") String contentType,
            @Schema(examples = "1130") Integer wordCount,
            @Schema(examples = "<p>Until a U.S. drone strike killed him near Baghdad’s international airport …</p>") String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsEntity", description = "A person or a topic, with its page on the magazine's website and its slug")
    public record Entity(
            @Schema(examples = "Arshin Adib-Moghaddam") String name,
            @Schema(description = "author, quoted or mentioned for people; about for topics; speaker for a quote's",
                    examples = "quoted") String rel,
            @Schema(examples = "https://www.modernmedia.example/people/arshin-adib-moghaddam") String uri,
            @Schema(examples = "arshin-adib-moghaddam") String literal) {

        static Entity person(String name, String rel, String slug, SiteLinks site) {
            return new Entity(name, rel, site.person(slug), slug);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsAssociation", description = "An image of the article (type picture) with its caption, alt text "
            + "(descriptions with roles caption and alt), credit line (copyrightNotice) and file (renditions), or a quote "
            + "(type component) with its words (bodies), its speaker (people, rel speaker) and the title and affiliation "
            + "they were quoted under (descriptions with roles speakerTitle and speakerAffiliation)")
    public record Association(
            @Schema(examples = "hero") String name,
            @Schema(enumeration = {"hero", "inline", "quote"}) String rel,
            @Schema(enumeration = {"picture", "component"}) String type,
            @Schema(description = "The image's or the quote's stable URI", examples = "urn:uuid:61ae79be-1887-4e67-8068-974e89845ff8")
            String uri,
            List<Text> descriptions,
            List<Text> bodies,
            List<Entity> people,
            @Schema(description = "An image's credit line", examples = "Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty")
            String copyrightNotice,
            List<Rendition> renditions) {

        static Association picture(String name, String rel, ImageView image) {
            List<Text> descriptions = new ArrayList<>();
            if (image.caption() != null) {
                descriptions.add(new Text("caption", TEXT, image.caption()));
            }
            descriptions.add(new Text("alt", TEXT, image.altText()));
            return new Association(name, rel, "picture", uri(image.id()), descriptions, List.of(), List.of(), image.credit(),
                    List.of(new Rendition("original", image.url(), null, null, image.width(), image.height())));
        }

        static Association quote(String name, QuoteView quote, SiteLinks site) {
            List<Text> descriptions = new ArrayList<>();
            if (quote.title() != null) {
                descriptions.add(new Text(SPEAKER_TITLE, TEXT, quote.title()));
            }
            if (quote.affiliation() != null) {
                descriptions.add(new Text(SPEAKER_AFFILIATION, TEXT, quote.affiliation()));
            }
            return new Association(name, "quote", "component", uri(quote.id()), descriptions,
                    List.of(new Text("quote", TEXT, quote.text())),
                    List.of(Entity.person(quote.person().name(), "speaker", quote.person().slug(), site)), null, List.of());
        }

        private static String uri(UUID id) {
            return "urn:uuid:" + id;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsRendition", description = "A file of an image, or the article's web page")
    public record Rendition(
            @Schema(examples = "original") String name,
            @Schema(examples = "https://images.modernmedia.example/2025/01/tehran-anti-us-rally.jpg") String href,
            @Schema(examples = "text/html") String contentType,
            @Schema(examples = "The article on Modern Media") String title,
            @Schema(examples = "1600") Integer width,
            @Schema(examples = "900") Integer height) {
    }
}
