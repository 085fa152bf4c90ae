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
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The facets a search can count (facets=), and how many of each it lists. */
    static final String FACET_TOPIC = "topic";
    static final String FACET_PERSON = "person";
    static final Set<String> FACETS = Set.of(FACET_TOPIC, FACET_PERSON);
    static final int FACET_SIZE = 20;

    private final SearchRepository search;
    private final FullTextQuery fullText;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final int candidates;

    public SearchService(SearchRepository search, FullTextQuery fullText, SecurityIdentity identity, Clock clock,
                         ContentConfig config) {
        this.search = search;
        this.fullText = fullText;
        this.identity = identity;
        this.clock = clock;
        this.candidates = config.search().candidates();
    }

    SearchResults search(String q, ArticleFilter filter, Set<String> facets, PageRequest page) {
        fullText.withWords(q);
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        Cursor after = page.after(CURSOR_KIND);
        // Visibility is always now; only the scores keep the first page's time, so a forged cursor cannot show more.
        Instant scoredAt = after == null ? now : after.instant(0);
        List<SearchRepository.Ranked> ranked = search.ranked(q, filter, candidates, scoredAt,
                after == null ? null : after.decimal(1), after == null ? null : after.uuid(2), page.limit() + 1, now, audience);
        List<UUID> ids = ranked.stream().map(SearchRepository.Ranked::id).toList();
        Map<UUID, Article> articles = ids.isEmpty() ? Map.of()
                : search.articles(ids).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, String[]> snippets = ids.isEmpty() ? Map.of() : search.snippets(ids, q);
        SearchResults hits = SearchResults.of(Page.of(ranked, page.limit(),
                r -> CursorCodec.encode(CURSOR_KIND, scoredAt, r.score(), r.id()), r -> {
                    Article article = articles.get(r.id());
                    String[] snippet = snippets.get(r.id());
                    return new SearchHit(ArticleSummary.from(article, false, audience),
                            Snippets.safe(Syndication.givesText(article, audience) ? snippet[0] : snippet[1]));
                }, null));
        if (!page.withTotal() && facets.isEmpty()) {
            return hits;
        }
        boolean topics = facets.contains(FACET_TOPIC);
        boolean people = facets.contains(FACET_PERSON);
        SearchRepository.Tally tally = search.tally(q, filter, TOTAL_CAP, topics, people, FACET_SIZE, now, audience);
        return hits.counted(Math.min(tally.counted(), TOTAL_CAP), tally.counted() > TOTAL_CAP,
                facets.isEmpty() ? null : new SearchFacets(tally.topics(), tally.people()));
    }
}
