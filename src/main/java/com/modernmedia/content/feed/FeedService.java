package com.modernmedia.content.feed;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.article.ArticleService;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.model.TopicRef;
import com.modernmedia.content.person.PersonService;
import com.modernmedia.content.shared.FeedLinks;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.SiteLinks;
import com.modernmedia.content.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;

/**
 * The feeds: all published articles, a topic's, a person's (the articles that quote or mention them) and an
 * author's, each one page at a time, as the reader's key may see them (rights, teasers, withheld images).
 */
@ApplicationScoped
public class FeedService {

    static final String ROOT = FeedLinks.ROOT;

    private final ArticleService articles;
    private final TopicService topics;
    private final PersonService people;
    private final SiteLinks site;
    private final int defaultItems;
    /** Names the feeds in their Atom ids (RFC 4151 tag URIs), so that they stay the same whatever the API's URL. */
    private final String tagAuthority;

    FeedService(ArticleService articles, TopicService topics, PersonService people, SiteLinks site, ContentConfig config) {
        this.articles = articles;
        this.topics = topics;
        this.people = people;
        this.site = site;
        this.defaultItems = Math.min(Math.max(config.feeds().items(), 1), PageRequest.MAX_LIMIT);
        this.tagAuthority = "tag:" + URI.create(site.home()).getHost() + ",2025:";
    }

    Feed all(FeedFormat format, String limit, String cursor) {
        return new Feed(tagAuthority + "feeds/articles", site.publisherName(),
                "The latest articles from " + site.publisherName(), site.home(), path("articles", format), null,
                articles.withText(new ArticleFilter(null, null, null, null, null, null, null), page(limit, cursor)));
    }

    Feed topic(String slugOrId, FeedFormat format, String limit, String cursor) {
        TopicRef topic = topics.ref(slugOrId);
        return new Feed(tagAuthority + "feeds/topics/" + topic.id(), site.publisherName() + ": " + topic.name(),
                "The latest articles on " + topic.name(), site.topic(topic.slug()), path("topics/" + topic.slug(), format), topic,
                articles.withText(ArticleFilter.byTopic(topic.slug()), page(limit, cursor)));
    }

    Feed person(String slugOrId, FeedFormat format, String limit, String cursor) {
        PersonSummary person = people.summary(slugOrId);
        return new Feed(tagAuthority + "feeds/people/" + person.id(), site.publisherName() + ": " + person.name(),
                "The latest articles that quote or mention " + person.name(), site.person(person.slug()),
                path("people/" + person.slug(), format), person,
                articles.withText(new ArticleFilter(null, null, person.slug(), null, null, null, null), page(limit, cursor)));
    }

    Feed author(String slugOrId, FeedFormat format, String limit, String cursor) {
        PersonSummary author = people.summary(slugOrId);
        return new Feed(tagAuthority + "feeds/authors/" + author.id(), site.publisherName() + ": articles by " + author.name(),
                "The latest articles by " + author.name(), site.person(author.slug()), path("authors/" + author.slug(), format),
                author, articles.withText(ArticleFilter.byPerson(author.slug(), "author"), page(limit, cursor)));
    }

    private PageRequest page(String limit, String cursor) {
        PageRequest checked = PageRequest.of(null, cursor, null); // the cursor's checks, alike for every list
        return new PageRequest(PageRequest.parseLimit(limit, defaultItems, PageRequest.MAX_LIMIT), checked.cursor(), false);
    }

    private static String path(String feed, FeedFormat format) {
        return ROOT + "/" + feed + "/" + format.extension;
    }
}
