package com.modernmedia.content.feed;

import com.modernmedia.content.article.ArticleWithText;
import com.modernmedia.content.shared.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;

/**
 * A feed as every format shows it: what it is about, and one page of its articles, newest first.
 *
 * @param id          a permanent URI that names the feed whatever its subject's slug becomes (Atom's id)
 * @param title       the feed's title
 * @param description what it holds, in a sentence
 * @param webPage     the page on the magazine's website that shows the same articles
 * @param path        the feed's API path in the format asked for, without a query
 * @param subject     the topic or person it is about (its record, for the cache tags), null for all articles
 * @param articles    the page of articles
 */
record Feed(String id, String title, String description, String webPage, String path, Object subject,
            Page<ArticleWithText> articles) {

    /** The path of the page of older items, null on the last page: this one's path, its size and the cursor. */
    String nextPath() {
        return articles.next() == null ? null : path + "?limit=" + articles.items().size()
                + "&cursor=" + URLEncoder.encode(articles.next(), StandardCharsets.UTF_8);
    }

    /** When anything in it last changed: its newest item's update (the epoch for an empty feed, so it stays stable). */
    Instant updated() {
        return articles.items().stream().map(item -> item.article().updatedAt()).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }
}
