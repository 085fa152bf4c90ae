package com.modernmedia.content.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.shared.Dated;
import com.modernmedia.content.shared.Rendered;
import com.modernmedia.content.shared.SiteLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;

/**
 * The standard representations of an article besides its JSON, which GET /api/v1/articles/{slugOrId} offers by
 * content negotiation: schema.org JSON-LD and IPTC ninjs. Both are made from the ArticleDetail the audience reads,
 * its body as blocks, and answered as Rendered documents, which the representation filter keeps, tags and ETags
 * per representation like the JSON.
 */
@ApplicationScoped
public class ArticleFormats {

    public static final String JSON_LD = "application/ld+json";
    /**
     * IPTC registers no media type for ninjs: JSON with the version's profile (RFC 6906), or the name tools use,
     * which answers the newest version.
     */
    public static final String NINJS = "application/json; profile=\"" + ArticleNinjs.PROFILE + "\"";
    public static final String NINJS_PREVIOUS = "application/json; profile=\"" + ArticleNinjs.PREVIOUS_PROFILE + "\"";
    public static final String NINJS_ALIAS = "application/ninjs+json";
    private static final MediaType JSON_LD_TYPE = MediaType.valueOf(JSON_LD);
    /** What an article is offered in, in the order of its @Produces: the first answers a client that asks for none. */
    static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE, JSON_LD_TYPE, MediaType.valueOf(NINJS),
            MediaType.valueOf(NINJS_PREVIOUS), MediaType.valueOf(NINJS_ALIAS));

    private final ObjectMapper scriptSafe;
    private final SiteLinks site;

    ArticleFormats(ObjectMapper mapper, SiteLinks site) {
        this.scriptSafe = mapper.copy();
        this.scriptSafe.getFactory().setCharacterEscapes(new ScriptSafe());
        this.site = site;
    }

    /** The article in a standard format: JSON-LD, or ninjs (in the media type it was asked for, profile or alias). */
    RestResponse<ArticleDetail> answer(Dated<ArticleDetail> article, MediaType type) {
        if (type.equals(JSON_LD_TYPE)) {
            return rendered(article, jsonLd(ArticleJsonLd.from(article.body(), site)), type, null);
        }
        String version = ninjsVersion(type);
        return rendered(article, ArticleNinjs.from(article.body(), version, site), type, ninjsLinks(version));
    }

    /** The profile a ninjs answer follows, and the JSON Schema that checks it. */
    private static String ninjsLinks(String version) {
        return "<" + ArticleNinjs.PROFILES + version + ">; rel=\"profile\", <" + ArticleNinjs.schema(version) + ">; rel=\"describedby\"";
    }

    /** The version a ninjs type asks for: its profile's (one of those offered), or the newest for the alias. */
    private static String ninjsVersion(MediaType type) {
        String profile = type.getParameters().get("profile");
        return profile == null ? ArticleNinjs.VERSION : profile.substring(ArticleNinjs.PROFILES.length());
    }

    /** JSON-LD is pasted into pages as it is (a script element): no text in it may close that element. */
    private byte[] jsonLd(ArticleJsonLd document) {
        try {
            return scriptSafe.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document stands in for the ArticleDetail the operation declares (whose fields= the filter checks): the
     * representation filter sends a Rendered in its own media type, tagged and versioned by the detail it shows.
     */
    @SuppressWarnings("unchecked")
    private static RestResponse<ArticleDetail> rendered(Dated<ArticleDetail> article, Object document, MediaType type, String links) {
        RestResponse.ResponseBuilder<Rendered> answer = RestResponse.ResponseBuilder.ok(new Rendered(document, type, article.body()))
                .lastModified(Date.from(article.lastModified()));
        if (links != null) {
            answer.header("Link", links);
        }
        return (RestResponse<ArticleDetail>) (RestResponse<?>) answer.build();
    }

    /** Escapes <, > and & as \\u003C, \\u003E and \\u0026: the same JSON, and inert inside HTML. */
    private static final class ScriptSafe extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
