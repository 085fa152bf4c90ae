package com.modernmedia.content.shared;

import com.modernmedia.content.ContentConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The magazine's web pages that standard formats link to (a feed item's link, schema.org's url), as
 * {@code content.site.*} configures them, and the stable URI that names an article whatever its slug becomes.
 */
@ApplicationScoped
public class SiteLinks {

    private final ContentConfig.Site site;
    private final String home;

    SiteLinks(ContentConfig config) {
        this.site = config.site();
        this.home = site.url().endsWith("/") ? site.url().substring(0, site.url().length() - 1) : site.url();
    }

    public String publisherName() {
        return site.name();
    }

    public String home() {
        return home + "/";
    }

    public String logo() {
        return site.logoUrl();
    }

    public String article(String slug) {
        return home + site.articlePath().replace("{slug}", slug);
    }

    public String person(String slug) {
        return home + site.personPath().replace("{slug}", slug);
    }

    public String topic(String slug) {
        return home + site.topicPath().replace("{slug}", slug);
    }

    /** An article's id in feeds and standard formats: its UUID as a URN, the same after any change of slug. */
    public static String articleUri(UUID id) {
        return "urn:uuid:" + id;
    }
}
