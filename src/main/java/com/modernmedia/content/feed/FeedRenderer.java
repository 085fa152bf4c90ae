package com.modernmedia.content.feed;

import com.modernmedia.content.shared.PublicUrl;
import com.modernmedia.content.shared.Rendered;
import com.modernmedia.content.shared.SiteLinks;
import jakarta.enterprise.context.ApplicationScoped;

/** A feed in the format asked for, as the answer the representation filter sends, caches and tags. */
@ApplicationScoped
class FeedRenderer {

    private final XmlFeeds xml;
    private final SiteLinks site;
    private final PublicUrl publicUrl;

    FeedRenderer(XmlFeeds xml, SiteLinks site, PublicUrl publicUrl) {
        this.xml = xml;
        this.site = site;
        this.publicUrl = publicUrl;
    }

    Rendered render(Feed feed, FeedFormat format) {
        Object document = switch (format) {
            case RSS -> xml.rss(feed);
            case ATOM -> xml.atom(feed);
            case JSON -> new JsonFeed(JsonFeed.VERSION, feed.title(), feed.webPage(), publicUrl.of(feed.path()),
                    feed.description(), feed.nextPath() == null ? null : publicUrl.of(feed.nextPath()), "en",
                    feed.articles().items().stream().map(item -> JsonFeed.Item.from(item, site)).toList());
        };
        return new Rendered(document, format.type, feed);
    }
}
