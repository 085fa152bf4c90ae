package com.modernmedia.content.person;

import com.modernmedia.content.apikey.Role;
import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.article.ArticleService;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.audit.AuditLog;
import com.modernmedia.content.image.Image;
import com.modernmedia.content.image.ImageRepository;
import com.modernmedia.content.image.ImageView;
import com.modernmedia.content.quote.QuoteFilter;
import com.modernmedia.content.quote.QuoteService;
import com.modernmedia.content.quote.QuoteView;
import com.modernmedia.content.shared.CacheInvalidation;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.Preconditions;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.SlugResolver;
import com.modernmedia.content.shared.Slugs;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of public people, their quotes and their articles; writes of people by
 * editors, who also edit someone no public article names yet.
 */
@ApplicationScoped
class PersonService {

    static final String KIND = "person";

    /** How many quotes and articles include= embeds in a person. */
    static final int EMBEDDED_ITEMS = 10;

    private final PersonRepository people;
    private final ImageRepository images;
    private final ArticleService articles;
    private final QuoteService quotes;
    private final SlugResolver slugs;
    private final MergePatch patches;
    private final AuditLog audit;
    private final CacheInvalidation invalidation;
    private final SecurityIdentity identity;

    PersonService(PersonRepository people, ImageRepository images, ArticleService articles, QuoteService quotes,
                  SlugResolver slugs, MergePatch patches, AuditLog audit, SecurityIdentity identity,
                  CacheInvalidation invalidation) {
        this.identity = identity;
        this.people = people;
        this.images = images;
        this.articles = articles;
        this.quotes = quotes;
        this.slugs = slugs;
        this.patches = patches;
        this.audit = audit;
        this.invalidation = invalidation;
    }

    Page<PersonSummary> list(PageRequest page) {
        Instant now = Instant.now();
        List<Person> found = people.listPublic(page.after(PersonRepository.CURSOR_KIND), page.limit() + 1, now);
        Long total = page.withTotal() ? people.countPublic(now) : null;
        return Page.of(found, page.limit(), p -> CursorCodec.encode(PersonRepository.CURSOR_KIND, p.name, p.id),
                PersonSummary::from, total);
    }

    /** A public person; editors (a key with the editor role) also get people not yet in a public article. */
    PersonDetail get(String slugOrId, Set<String> include) {
        Person person = identity.hasRole(Role.EDITOR_ROLE) ? findLive(slugOrId) : findPublic(slugOrId);
        Page<QuoteView> latestQuotes = include.contains("quotes")
                ? quotes.list(QuoteFilter.byPerson(person.slug), PageRequest.first(EMBEDDED_ITEMS)) : null;
        Page<ArticleSummary> latestArticles = include.contains("articles")
                ? articles.list(ArticleFilter.byPerson(person.slug, null), PageRequest.first(EMBEDDED_ITEMS), false) : null;
        return detail(person, latestQuotes, latestArticles);
    }

    Page<QuoteView> quotes(String slugOrId, PageRequest page) {
        return quotes.list(QuoteFilter.byPerson(findPublic(slugOrId).slug), page);
    }

    Page<ArticleSummary> articles(String slugOrId, String role, PageRequest page) {
        return articles.list(ArticleFilter.byPerson(findPublic(slugOrId).slug, role), page, false);
    }

    @Transactional
    PersonDetail create(PersonInput input) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.revision = 1;
        person.createdAt = Instant.now();
        person.slug = input.slug() != null ? input.slug() : Slugs.unique(input.name(), people::slugTaken);
        Slugs.checkFree(KIND, person.slug, people::slugTaken);
        apply(person, input);
        people.persist(person);
        slugs.claim(KIND, person.slug);
        audit.record("create", KIND, person.id, Map.of("slug", person.slug));
        invalidation.changed(KIND, person.id, List.of("list-articles", "list-quotes"));
        people.flush();
        return detail(person, null, null);
    }

    @Transactional
    PersonDetail replace(String slugOrId, String ifMatch, PersonInput input) {
        Person person = findLive(slugOrId);
        Preconditions.checkIfMatch(ifMatch, person.revision);
        String oldSlug = person.slug;
        String newSlug = input.slug() != null ? input.slug() : oldSlug;
        if (!newSlug.equals(oldSlug)) {
            Slugs.checkFree(KIND, newSlug, people::slugTaken);
            person.slug = newSlug;
            slugs.moved(KIND, oldSlug, newSlug, person.id);
        }
        apply(person, input);
        audit.record("update", KIND, person.id, Map.of("slug", person.slug));
        invalidation.changed(KIND, person.id, List.of("list-articles", "list-quotes"));
        people.flush();
        return detail(person, null, null);
    }

    @Transactional
    PersonDetail patch(String slugOrId, String ifMatch, String mergePatch) {
        Person person = findLive(slugOrId);
        return replace(person.id.toString(), ifMatch, patches.apply(PersonInput.from(person), mergePatch, PersonInput.class));
    }

    /** A soft delete: the person leaves every public read, their row stays as a tombstone. */
    @Transactional
    void delete(String slugOrId, String ifMatch) {
        Person person = findLive(slugOrId);
        Preconditions.checkIfMatch(ifMatch, person.revision);
        long inArticles = people.countArticlesUsing(person.id);
        if (inArticles > 0) {
            throw ProblemException.conflict("The person wrote or appears in " + inArticles + " article(s); take them off first.");
        }
        long said = people.countQuotesBy(person.id);
        if (said > 0) {
            throw ProblemException.conflict("The person is the speaker of " + said + " quote(s); delete or reattribute them first.");
        }
        person.deletedAt = Instant.now();
        person.updatedAt = person.deletedAt;
        audit.record("delete", KIND, person.id, Map.of("slug", person.slug));
        invalidation.changed(KIND, person.id, List.of("list-articles", "list-quotes"));
        people.flush();
    }


    private void apply(Person person, PersonInput input) {
        person.name = input.name().strip();
        person.honorific = input.honorific();
        person.bio = input.bio();
        person.title = input.title();
        person.affiliation = input.affiliation();
        person.image = input.imageId() == null ? null : liveImage(input.imageId());
        person.updatedAt = Instant.now();
    }

    private Image liveImage(UUID imageId) {
        return images.findLiveById(imageId).orElseThrow(() -> ProblemException.invalidField("imageId", "no image has this id"));
    }

    /** Built from the person itself, so a write answers even for someone no public article names yet. */
    private PersonDetail detail(Person person, Page<QuoteView> latestQuotes, Page<ArticleSummary> latestArticles) {
        return new PersonDetail(person.id, person.slug, person.name, person.honorific, person.bio, person.title,
                person.affiliation, ImageView.from(person.image), people.countArticles(person.id, Instant.now()),
                person.revision, latestQuotes, latestArticles);
    }

    private Person findPublic(String slugOrId) {
        Instant now = Instant.now();
        return slugs.resolve(KIND, slugOrId, id -> people.findPublicById(id, now),
                slug -> people.findPublicBySlug(slug, now), p -> p.slug);
    }

    private Person findLive(String slugOrId) {
        return slugs.resolve(KIND, slugOrId, people::findLiveById, people::findLiveBySlug, p -> p.slug);
    }
}
