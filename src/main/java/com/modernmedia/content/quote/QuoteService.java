package com.modernmedia.content.quote;

import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of quotes; the public is only ever served quotes of public articles, editors any quote not deleted. */
@ApplicationScoped
public class QuoteService {

    private final QuoteRepository quotes;

    public QuoteService(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    public Page<QuoteView> list(QuoteFilter filter, PageRequest page) {
        Instant now = Instant.now();
        List<Quote> found = quotes.listPublic(filter, page.after(QuoteRepository.CURSOR_KIND), page.limit() + 1, now);
        Long total = page.withTotal() ? quotes.countPublic(filter, now) : null;
        return Page.of(found, page.limit(),
                q -> CursorCodec.encode(QuoteRepository.CURSOR_KIND, q.article.publishedAt, q.article.id, q.position),
                QuoteView::from, total);
    }

    /** The quotes of an article the caller has already found public, in reading order. */
    public List<QuoteView> forArticle(UUID articleId) {
        return quotes.findByArticle(articleId).stream().map(QuoteView::from).toList();
    }

    /** Editors see every quote that is not deleted, the public only those of public articles. */
    QuoteDetail get(UUID id, boolean editor) {
        Optional<Quote> quote = editor ? quotes.findLiveById(id) : quotes.findPublicById(id, Instant.now());
        return QuoteDetail.from(quote.orElseThrow(() -> notFound(id)));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No quote has the id '" + id + "'.");
    }
}
