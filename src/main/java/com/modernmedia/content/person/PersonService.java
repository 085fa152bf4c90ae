package com.modernmedia.content.person;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.article.ArticleService;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.image.ImageRepository;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.model.Person;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.quote.QuoteFilter;
import com.modernmedia.content.quote.QuoteService;
import com.modernmedia.content.quote.QuoteView;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.PublishedKind;
import com.modernmedia.content.shared.Role;
import com.modernmedia.content.shared.SlugResolver;
import com.modernmedia.content.write.EditableKind;
import com.modernmedia.content.write.WritePipeline;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of public people, their quotes and their articles; people as editors write them, who also see
 * someone no public article names yet.
 */
@ApplicationScoped
public class PersonService implements EditableKind<Person, PersonInput>, PublishedKind {

    /** How many quotes and articles include= embeds in a person. */
    static final int EMBEDDED_ITEMS = 10;

    private final PersonRepository people;
    private final ImageRepository images;
    private final ArticleService articles;
    private final QuoteService quotes;
    private final SlugResolver slugs;
    private final WritePipeline pipeline;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final double nameSimilarity;

    PersonService(PersonRepository people, ImageRepository images, ArticleService articles, QuoteService quotes,
                  SlugResolver slugs, WritePipeline pipeline, SecurityIdentity identity, Clock clock, ContentConfig config) {
        this.people = people;
        this.images = images;
        this.articles = articles;
        this.quotes = quotes;
        this.slugs = slugs;
        this.pipeline = pipeline;
        this.identity = identity;
        this.clock = clock;
        this.nameSimilarity = config.search().nameSimilarity();
    }

    /** The people whose name matches the query, best first: one page, as autocomplete needs. */
    @Transactional
    Page<PersonSummary> search(String query, PageRequest page) {
        page.refuseCursor();
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        Long total = page.withTotal() ? people.countPublicMatching(query, nameSimilarity, now, audience) : null;
        return new Page<>(people.searchPublic(query, nameSimilarity, page.limit(), now, audience).stream()
                .map(PersonSummary::from).toList(), null, total);
    }

    /** By name. */
    Page<PersonSummary> list(PageRequest page) {
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        List<Person> found = people.listPublic(page.after(ContentKind.PERSON.value()), page.limit() + 1, now, audience);
        Long total = page.withTotal() ? people.countPublic(now, audience) : null;
        return Page.of(found, page.limit(), p -> CursorCodec.encode(ContentKind.PERSON.value(), p.name, p.id),
                PersonSummary::from, total);
    }

    /** A public person; editors (a key with the editor role) also get people not yet in a public article. */
    PersonDetail get(String slugOrId, Set<String> include) {
        Person person = identity.hasRole(Role.EDITOR_ROLE) ? findLive(slugOrId) : findPublic(slugOrId);
        Page<QuoteView> latestQuotes = include.contains("quotes")
                ? quotes.list(QuoteFilter.byPerson(person.slug), PageRequest.first(EMBEDDED_ITEMS)) : null;
        Page<ArticleSummary> latestArticles = include.contains("articles")
                ? articles.list(ArticleFilter.byPerson(person.slug, null), PageRequest.first(EMBEDDED_ITEMS), false) : null;
        return detail(person, latestQuotes, latestArticles, Audience.of(identity));
    }

    Page<QuoteView> quotes(String slugOrId, PageRequest page) {
        return quotes.list(QuoteFilter.byPerson(findPublic(slugOrId).slug), page);
    }

    Page<ArticleSummary> articles(String slugOrId, String role, PageRequest page) {
        return articles.list(ArticleFilter.byPerson(findPublic(slugOrId).slug, role), page, false);
    }

    @Override
    public List<UUID> publishedIdsAfter(UUID after, int limit, Audience audience) {
        return people.publicIdsAfter(after, limit, clock.instant(), audience);
    }

    /** As GET /api/v1/people/{id} answers without a key and without include=. */
    @Override
    public Optional<PersonDetail> published(UUID id, Audience audience) {
        return people.findPublicById(id, clock.instant(), audience).map(person -> detail(person, null, null, audience));
    }

    @Override
    public Optional<Withdrawn> withdrawn(UUID id, Audience audience) {
        boolean seenByThePublic = audience.isPartner() && people.findPublicById(id, clock.instant(), Audience.PUBLIC).isPresent();
        return people.findByIdOptional(id).map(person -> new Withdrawn(person.slug, person.revision,
                seenByThePublic ? Withdrawn.Reason.OUT_OF_SCOPE : Withdrawn.Reason.of(person.isDeleted())));
    }

    @Transactional
    PersonDetail create(PersonInput input) {
        return detail(pipeline.create(this, input), null, null, Audience.PUBLIC);
    }

    @Transactional
    PersonDetail replace(String slugOrId, String ifMatch, PersonInput input) {
        return detail(pipeline.replace(this, slugOrId, ifMatch, input), null, null, Audience.PUBLIC);
    }

    @Transactional
    PersonDetail patch(String slugOrId, String ifMatch, byte[] mergePatch) {
        return detail(pipeline.patch(this, slugOrId, ifMatch, mergePatch), null, null, Audience.PUBLIC);
    }

    @Transactional
    void delete(String slugOrId, String ifMatch) {
        pipeline.delete(this, slugOrId, ifMatch);
    }

    /**
     * Built from the person itself, so a write answers even for someone no public article names yet; the counts
     * are of the articles the audience sees.
     */
    private PersonDetail detail(Person person, Page<QuoteView> latestQuotes, Page<ArticleSummary> latestArticles, Audience audience) {
        return new PersonDetail(person.id, person.slug, person.name, person.honorific, person.bio, person.title,
                person.affiliation, ImageView.from(person.image), people.countArticles(person.id, clock.instant(), audience),
                person.revision, latestQuotes, latestArticles);
    }

    /** A person the audience may see (one who writes or is in an article it may see), as bylines show them. */
    public PersonSummary summary(String slugOrId) {
        return PersonSummary.from(findPublic(slugOrId));
    }

    private Person findPublic(String slugOrId) {
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        return slugs.resolve(ContentKind.PERSON, slugOrId, id -> people.findPublicById(id, now, audience),
                slug -> people.findPublicBySlug(slug, now, audience), p -> p.slug);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.PERSON;
    }

    @Override
    public Class<PersonInput> inputType() {
        return PersonInput.class;
    }

    @Override
    public Person newEntity() {
        return new Person();
    }

    @Override
    public Person findLive(String slugOrId) {
        return slugs.resolve(ContentKind.PERSON, slugOrId, people::findLiveById, people::findLiveBySlug, p -> p.slug);
    }

    @Override
    public PersonInput inputOf(Person person) {
        return PersonInput.from(person);
    }

    @Override
    public void apply(Person person, PersonInput input) {
        person.slug = slugs.assign(ContentKind.PERSON, person.id, person.slug, input.slug(), input.name());
        person.name = input.name().strip();
        person.honorific = input.honorific();
        person.bio = input.bio();
        person.title = input.title();
        person.affiliation = input.affiliation();
        person.image = input.imageId() == null ? null : images.findLiveById(input.imageId())
                .orElseThrow(() -> ProblemException.invalidField("imageId", "no image has this id"));
    }

    /** Refused while an article (not deleted) names them or a quote of such an article is theirs: what reads show. */
    @Override
    public void prepareDelete(Person person) {
        long inArticles = people.countArticlesUsing(person.id);
        if (inArticles > 0) {
            throw ProblemException.conflict("The person wrote or appears in " + inArticles + " article(s); take them off first.");
        }
        long said = people.countQuotesBy(person.id);
        if (said > 0) {
            throw ProblemException.conflict("The person is the speaker of " + said + " quote(s); delete or reattribute them first.");
        }
    }

    /** Everything that shows a person shows them by name: their tag covers it. */
    @Override
    public Set<String> listedIn(Person person) {
        return Set.of();
    }

    @Override
    public Map<String, Object> describe(Person person) {
        return Map.of("slug", person.slug);
    }
}
