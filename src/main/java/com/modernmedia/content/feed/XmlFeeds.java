package com.modernmedia.content.feed;

import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.article.ArticleWithText;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.shared.FeedLinks;
import com.modernmedia.content.shared.PublicUrl;
import com.modernmedia.content.shared.SiteLinks;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS 2.0 and Atom 1.0, written by Rome from one model of the feed: Rome escapes every text and keeps each
 * format's rules (RSS's guid and enclosure, Atom's ids and links). The hero image goes as an enclosure and as
 * a Media RSS {@code media:content} with its credit; the body as HTML ({@code content:encoded} in RSS, Atom's
 * content), left out for a reader whose rights give it the summary only.
 */
@ApplicationScoped
class XmlFeeds {

    private static final String HTML = "html";

    private final SiteLinks site;
    private final PublicUrl publicUrl;

    XmlFeeds(SiteLinks site, PublicUrl publicUrl) {
        this.site = site;
        this.publicUrl = publicUrl;
    }

    byte[] rss(Feed feed) {
        SyndFeed rss = common(feed, "rss_2.0");
        // RSS has no paging or self link of its own: Atom's, as the RSS Advisory Board recommends (and RFC 5005).
        List<Link> links = new ArrayList<>();
        links.add(atomLink("self", publicUrl.of(feed.path())));
        if (feed.articles().next() != null) {
            links.add(atomLink("next", publicUrl.of(feed.nextPath())));
        }
        AtomLinkModuleImpl atomLinks = new AtomLinkModuleImpl();
        atomLinks.setLinks(links);
        rss.getModules().add(atomLinks);
        return write(rss);
    }

    byte[] atom(Feed feed) {
        SyndFeed atom = common(feed, "atom_1.0");
        atom.setUri(feed.id());
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", feed.webPage(), "text/html"));
        links.add(link("self", publicUrl.of(feed.path()), FeedLinks.ATOM));
        if (feed.articles().next() != null) {
            links.add(link("next", publicUrl.of(feed.nextPath()), FeedLinks.ATOM));
        }
        atom.setLinks(links);
        return write(atom);
    }

    private SyndFeed common(Feed feed, String type) {
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType(type);
        syndFeed.setTitle(feed.title());
        syndFeed.setDescription(feed.description());
        syndFeed.setLink(feed.webPage());
        syndFeed.setPublishedDate(Date.from(feed.updated()));
        syndFeed.setLanguage("en");
        syndFeed.setCopyright(site.publisherName());
        boolean rss = type.startsWith("rss");
        syndFeed.setEntries(feed.articles().items().stream().map(item -> entry(item, rss)).toList());
        return syndFeed;
    }

    private SyndEntry entry(ArticleWithText item, boolean rss) {
        ArticleSummary article = item.article();
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(SiteLinks.articleUri(article.id()));
        entry.setTitle(article.headline());
        entry.setLink(site.article(article.slug()));
        entry.setPublishedDate(Date.from(article.publishedAt()));
        entry.setUpdatedDate(Date.from(article.updatedAt()));
        if (rss) {
            // RSS's own author element wants an e-mail address: the byline goes as dc:creator, one per author.
            ((DCModule) entry.getModule(DCModule.URI)).setCreators(article.authors().stream().map(PersonSummary::name).toList());
        } else {
            entry.setAuthors(article.authors().stream().map(author -> {
                SyndPerson person = new SyndPersonImpl();
                person.setName(author.name());
                person.setUri(site.person(author.slug()));
                return person;
            }).toList());
        }
        entry.setCategories(article.topics().stream().map(topic -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(topic.name());
            category.setTaxonomyUri(site.topic(topic.slug()));
            return category;
        }).toList());
        if (article.dek() != null) {
            entry.setDescription(content("text", article.dek()));
        }
        if (item.bodyHtml() != null) {
            entry.setContents(List.of(content(HTML, item.bodyHtml())));
        }
        if (article.heroImage() != null) {
            entry.setEnclosures(List.of(enclosure(article.heroImage())));
            entry.getModules().add(media(article.heroImage()));
        }
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndEnclosure enclosure(ImageView image) {
        SyndEnclosure enclosure = new SyndEnclosureImpl();
        enclosure.setUrl(image.url());
        enclosure.setType(imageType(image.url()));
        enclosure.setLength(0); // unknown: RSS asks for it, and 0 is what readers take as "not given"
        return enclosure;
    }

    /** Media RSS: the image with its size, caption and credit, which an enclosure cannot carry. */
    private static MediaEntryModuleImpl media(ImageView image) {
        MediaContent content = new MediaContent(new UrlReference(URI.create(image.url())));
        content.setMedium("image");
        content.setType(imageType(image.url()));
        content.setWidth(image.width());
        content.setHeight(image.height());
        Metadata metadata = new Metadata();
        metadata.setTitle(image.altText());
        if (image.caption() != null) {
            metadata.setDescription(image.caption());
        }
        if (image.credit() != null) {
            metadata.setCredits(new Credit[] {new Credit(null, null, image.credit())});
        }
        content.setMetadata(metadata);
        MediaEntryModuleImpl module = new MediaEntryModuleImpl();
        module.setMediaContents(new MediaContent[] {content});
        return module;
    }

    /** The image's type by its file name; a name without a known extension is still an image. */
    private static String imageType(String url) {
        String guessed = URLConnection.guessContentTypeFromName(URI.create(url).getPath());
        return guessed != null && guessed.startsWith("image/") ? guessed : "image/jpeg";
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Link atomLink(String rel, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(FeedLinks.RSS);
        return link;
    }

    private static byte[] write(SyndFeed feed) {
        try {
            return new SyndFeedOutput().outputString(feed, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write a feed it was given whole", e);
        }
    }
}
