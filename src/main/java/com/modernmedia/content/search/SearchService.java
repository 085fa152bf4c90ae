package com.modernmedia.content.search;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.article.Syndication;
import com.modernmedia.content.model.Article;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Cursor;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.FullTextQuery;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ranked full-text search over public articles, as the key's audience may see them. */
@ApplicationScoped
public class SearchService {

    /** The kind of a search's cursors: the time its scores were computed at, and the last hit's score and id. */
    static final String CURSOR_KIND = "search";
    /** total counts this many matches at most; past it, totalCapped says so. */
    static final int TOTAL_CAP = 10_000;
    static final String TOTAL_CAP_TEXT = "10,000";

    private final SearchRepository search;
    private final FullTextQuery fullText;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final SearchRepository.Weights weights;

    public SearchService(SearchRepository search, FullTextQuery fullText, SecurityIdentity identity, Clock clock,
                         ContentConfig config) {
        this.search = search;
        this.fullText = fullText;
        this.identity = identity;
        this.clock = clock;
        ContentConfig.Search settings = config.search();
        this.weights = new SearchRepository.Weights(settings.relevanceWeight(), settings.recencyWeight(),
                settings.halfLife().toSeconds());
    }

    Page<SearchHit> search(SearchQuery query, ArticleFilter filter, PageRequest page) {
        fullText.withWords(query.text());
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        Cursor after = page.after(CURSOR_KIND);
        // Visibility is always now; only the scores keep the first page's time, so a forged cursor cannot show more.
        Instant scoredAt = after == null ? now : after.instant(0);
        List<SearchRepository.Ranked> ranked = search.ranked(query.text(), filter, weights, scoredAt,
                after == null ? null : score(after), after == null ? null : after.uuid(2), page.limit() + 1, now, audience);
        List<UUID> ids = ranked.stream().map(SearchRepository.Ranked::id).toList();
        Map<UUID, Article> articles = ids.isEmpty() ? Map.of()
                : search.articles(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, String[]> snippets = ids.isEmpty() ? Map.of() : search.snippets(ids, query.text());
        Page<SearchHit> hits = Page.of(ranked, page.limit(), r -> CursorCodec.encode(CURSOR_KIND, scoredAt, r.score(), r.id()), r -> {
            Article article = articles.get(r.id());
            String[] snippet = snippets.get(r.id());
            return new SearchHit(ArticleSummary.from(article, false, audience),
                    Snippets.safe(Syndication.givesText(article, audience) ? snippet[0] : snippet[1]));
        }, null);
        if (!page.withTotal()) {
            return hits;
        }
        long counted = search.count(query.text(), filter, TOTAL_CAP, now, audience);
        return hits.withCappedTotal(Math.min(counted, TOTAL_CAP), counted > TOTAL_CAP);
    }

    private static double score(Cursor cursor) {
        try {
            double score = Double.parseDouble(cursor.string(1));
            if (Double.isFinite(score)) {
                return score;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a score that is not finite
        }
        throw CursorCodec.invalid();
    }
}
