package com.modernmedia.content.person;

import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.article.ArticleService;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.image.ImageView;
import com.modernmedia.content.quote.QuoteFilter;
import com.modernmedia.content.quote.QuoteService;
import com.modernmedia.content.quote.QuoteView;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.SlugResolver;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Reads of public people, their quotes and their articles. */
@ApplicationScoped
class PersonService {

    /** How many quotes and articles include= embeds in a person. */
    static final int EMBEDDED_ITEMS = 10;

    private final PersonRepository people;
    private final ArticleService articles;
    private final QuoteService quotes;
    private final SlugResolver slugs;

    PersonService(PersonRepository people, ArticleService articles, QuoteService quotes, SlugResolver slugs) {
        this.people = people;
        this.articles = articles;
        this.quotes = quotes;
        this.slugs = slugs;
    }

    Page<PersonSummary> list(PageRequest page) {
        Instant now = Instant.now();
        List<Person> found = people.listPublic(page.after(PersonRepository.CURSOR_KIND), page.limit() + 1, now);
        Long total = page.withTotal() ? people.countPublic(now) : null;
        return Page.of(found, page.limit(), p -> CursorCodec.encode(PersonRepository.CURSOR_KIND, p.name, p.id),
                PersonSummary::from, total);
    }

    PersonDetail get(String slugOrId, Set<String> include) {
        Person person = find(slugOrId);
        Page<QuoteView> latestQuotes = include.contains("quotes")
                ? quotes.list(QuoteFilter.byPerson(person.slug), PageRequest.first(EMBEDDED_ITEMS)) : null;
        Page<ArticleSummary> latestArticles = include.contains("articles")
                ? articles.list(ArticleFilter.byPerson(person.slug, null), PageRequest.first(EMBEDDED_ITEMS), false) : null;
        return new PersonDetail(person.id, person.slug, person.name, person.honorific, person.bio, person.title,
                person.affiliation, ImageView.from(person.image), people.countArticles(person.id, Instant.now()),
                latestQuotes, latestArticles);
    }

    Page<QuoteView> quotes(String slugOrId, PageRequest page) {
        return quotes.list(QuoteFilter.byPerson(find(slugOrId).slug), page);
    }

    Page<ArticleSummary> articles(String slugOrId, String role, PageRequest page) {
        return articles.list(ArticleFilter.byPerson(find(slugOrId).slug, role), page, false);
    }

    private Person find(String slugOrId) {
        Instant now = Instant.now();
        return slugs.resolve("person", slugOrId, id -> people.findPublicById(id, now),
                slug -> people.findPublicBySlug(slug, now), p -> p.slug);
    }
}
