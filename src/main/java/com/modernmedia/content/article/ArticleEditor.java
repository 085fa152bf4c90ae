package com.modernmedia.content.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.ArticlePerson;
import com.modernmedia.content.model.ArticleStatus;
import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.model.Image;
import com.modernmedia.content.model.Person;
import com.modernmedia.content.model.PersonRole;
import com.modernmedia.content.model.Topic;
import com.modernmedia.content.quote.QuoteService;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Cursor;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.Problem;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.SlugResolver;
import com.modernmedia.content.write.Dependent;
import com.modernmedia.content.write.EditableKind;
import com.modernmedia.content.write.Operation;
import com.modernmedia.content.write.WritePipeline;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Articles as editors write them: create, replace, merge-patch, publish, unpublish and soft delete, each
 * through the write pipeline, which keeps a revision (who, when, which fields, the article as written) of
 * every change.
 */
@ApplicationScoped
class ArticleEditor implements EditableKind<Article, ArticleInput> {

    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {
    };
    /** Lists of topics and people show article counts; quotes are public with their article. */
    private static final List<String> LISTS_COUNTING_ARTICLES = List.of(ContentKind.TOPIC.listTag(),
            ContentKind.PERSON.listTag(), ContentKind.QUOTE.listTag());

    private final ArticleRepository articles;
    private final ArticleService reads;
    private final ArticleRevisionRepository revisions;
    private final QuoteService quotes;
    private final SlugResolver slugs;
    private final WritePipeline pipeline;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Validator validator;
    private final Clock clock;

    ArticleEditor(ArticleRepository articles, ArticleService reads, ArticleRevisionRepository revisions, QuoteService quotes,
                  SlugResolver slugs, WritePipeline pipeline, ObjectMapper mapper, SecurityIdentity identity,
                  Validator validator, Clock clock) {
        this.articles = articles;
        this.reads = reads;
        this.revisions = revisions;
        this.quotes = quotes;
        this.slugs = slugs;
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.identity = identity;
        this.validator = validator;
        this.clock = clock;
    }

    /** A new article is a draft, invisible to the public until it is published. */
    @Transactional
    ArticleDetail create(ArticleInput input) {
        return written(pipeline.create(this, input));
    }

    @Transactional
    ArticleDetail replace(String slugOrId, String ifMatch, ArticleInput input) {
        return written(pipeline.replace(this, slugOrId, ifMatch, input));
    }

    @Transactional
    ArticleDetail patch(String slugOrId, String ifMatch, byte[] mergePatch) {
        return written(pipeline.patch(this, slugOrId, ifMatch, mergePatch));
    }

    /** Published now, or scheduled when its publication time is still to come. */
    @Transactional
    ArticleDetail publish(String slugOrId, String ifMatch) {
        return written(pipeline.update(this, slugOrId, ifMatch, Operation.PUBLISH, article -> {
            if (article.publishedAt == null) {
                article.publishedAt = clock.instant();
            }
            article.status = statusOfPublic(article.publishedAt);
        }));
    }

    @Transactional
    ArticleDetail unpublish(String slugOrId, String ifMatch) {
        return written(pipeline.update(this, slugOrId, ifMatch, Operation.UNPUBLISH, article -> {
            if (article.status == ArticleStatus.DRAFT) {
                throw ProblemException.conflict("The article is a draft; there is nothing to unpublish.");
            }
            article.status = ArticleStatus.UNPUBLISHED;
        }));
    }

    /** A soft delete: the article leaves every public read for good; its row and revisions stay. */
    @Transactional
    void delete(String slugOrId, String ifMatch) {
        pipeline.delete(this, slugOrId, ifMatch);
    }

    /**
     * Scheduled articles whose time has come become published: each a write of its own, by the service, so
     * that the change log and every cache learn of it. Rows another instance is publishing are skipped.
     */
    @Transactional
    int publishDue() {
        List<Article> due = articles.lockDueScheduled(clock.instant());
        Caller scheduler = Caller.system("scheduled-publication");
        due.forEach(article -> pipeline.follow(this, article, Operation.PUBLISH,
                a -> a.status = statusOfPublic(a.publishedAt), scheduler));
        return due.size();
    }

    /**
     * Public articles whose embargo ended or whose syndication rights expired with time alone, since the service
     * last said so: each gets a write of its own by the service (logged as updated), so that partners' syncs and
     * webhooks learn that they may now see it, or no longer may.
     */
    @Transactional
    int announceRightsChanges() {
        Instant now = clock.instant();
        List<Article> changed = articles.lockRightsChanged(now);
        Caller rightsJob = Caller.system("syndication-rights");
        changed.forEach(article -> pipeline.follow(this, article, Operation.UPDATE, a -> a.rightsAnnouncedAt = now, rightsJob));
        return changed.size();
    }

    Page<ArticleRevisionView> revisions(String slugOrId, PageRequest page) {
        Article article = findLive(slugOrId);
        Cursor after = page.after(ArticleRevisionRepository.CURSOR_KIND);
        List<ArticleRevision> found = revisions.listNewestFirst(article.id, after == null ? null : after.integer(0), page.limit() + 1);
        return Page.of(found, page.limit(), r -> CursorCodec.encode(ArticleRevisionRepository.CURSOR_KIND, r.key.revision),
                r -> view(r, false), page.withTotal() ? revisions.count("key.articleId", article.id) : null);
    }

    ArticleRevisionView revision(String slugOrId, int number) {
        Article article = findLive(slugOrId);
        return revisions.findOne(article.id, number).map(r -> view(r, true)).orElseThrow(() -> ProblemException.notFound(
                "The article has no revision " + number + "; it is at revision " + article.revision + "."));
    }

    private ArticleRevisionView view(ArticleRevision revision, boolean withSnapshot) {
        try {
            List<String> changes = List.of(mapper.readValue(revision.changes, String[].class));
            return new ArticleRevisionView(revision.key.revision, revision.changedAt.truncatedTo(ChronoUnit.SECONDS),
                    revision.changedBy, revision.action, changes, withSnapshot ? mapper.readTree(revision.snapshot) : null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision " + revision.key.revision + " is not readable", e);
        }
    }

    /** The answer to a write: the article as it is now, body as blocks. */
    private ArticleDetail written(Article article) {
        return reads.detail(article, BodyFormat.BLOCKS, clock.instant(), true, Audience.PUBLIC).body();
    }

    /** Published or scheduled, as its time says: the job publishes a scheduled one when the time comes. */
    private ArticleStatus statusOfPublic(Instant publishedAt) {
        return publishedAt.isAfter(clock.instant()) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
    }

    @Override
    public ContentKind kind() {
        return ContentKind.ARTICLE;
    }

    @Override
    public Class<ArticleInput> inputType() {
        return ArticleInput.class;
    }

    @Override
    public Article newEntity() {
        Article article = new Article();
        article.status = ArticleStatus.DRAFT;
        return article;
    }

    @Override
    public Article findLive(String slugOrId) {
        return slugs.resolve(ContentKind.ARTICLE, slugOrId, articles::findLiveById, articles::findLiveBySlug, a -> a.slug);
    }

    @Override
    public ArticleInput inputOf(Article article) {
        return ArticleInput.from(article, reads.storedBody(article), reads.storedCallToAction(article));
    }

    /** A body sent in another form (a top-level field of the patch) replaces the blocks. */
    @Override
    public ArticleInput patchBase(Article article, Set<String> patchedFields) {
        ArticleInput current = inputOf(article);
        return patchedFields.contains("bodyMarkdown") || patchedFields.contains("bodyHtml") ? current.withoutBlocks() : current;
    }

    @Override
    public void apply(Article article, ArticleInput input) {
        article.slug = slugs.assign(ContentKind.ARTICLE, article.id, article.slug, input.slug(), input.headline());
        article.headline = input.headline().strip();
        article.dek = input.dek();
        if (article.status != ArticleStatus.DRAFT && input.publishedAt() == null) {
            throw ProblemException.invalidField("publishedAt", "an article that was published or scheduled keeps its publication time");
        }
        article.publishedAt = input.publishedAt();
        if (ArticleStatus.PUBLIC.contains(article.status)) {
            article.status = statusOfPublic(article.publishedAt);
        }
        article.heroImage = input.heroImageId() == null ? null
                : reference(Image.class, "image", "heroImageId", List.of(input.heroImageId()), false).get(0);
        List<BodyBlock> body = body(input);
        article.body = json(BLOCKS, body);
        article.wordCount = wordCount(body);
        article.images = new HashSet<>(reference(Image.class, "image", bodyField(input),
                body.stream().filter(b -> b instanceof BodyBlock.ImageBlock)
                        .map(b -> ((BodyBlock.ImageBlock) b).imageId()).distinct().toList(), false));
        article.authors = new ArrayList<>(reference(Person.class, "person", "authorIds",
                distinct("authorIds", input.authorIds()), true));
        article.topics = new ArrayList<>(reference(Topic.class, "topic", "topicIds",
                distinct("topicIds", input.topicIds()), true));
        List<UUID> related = distinct("relatedIds", input.relatedIds());
        if (related.contains(article.id)) {
            throw ProblemException.invalidField("relatedIds", "an article cannot be related to itself");
        }
        article.related = new ArrayList<>(reference(Article.class, "article", "relatedIds", related, true));
        article.people = people(input.people());
        article.callToAction = input.callToAction() == null ? null : json(null, input.callToAction());
        Syndication syndication = input.syndication() == null ? Syndication.OPEN : input.syndication();
        if (syndication.embargoUntil() != null && syndication.expiresAt() != null
                && !syndication.embargoUntil().isBefore(syndication.expiresAt())) {
            throw ProblemException.invalidField("syndication.expiresAt", "must be after syndication.embargoUntil");
        }
        syndication.applyTo(article);
    }

    @Override
    public void prepareDelete(Article article) {
        article.status = ArticleStatus.UNPUBLISHED;
    }

    /** When the body or the people changed, its quotes move with their words to the blocks that hold them now. */
    @Override
    public void written(Article article, ArticleInput before) {
        ArticleInput after = inputOf(article);
        if (before == null || before.body().equals(after.body()) && before.people().equals(after.people())) {
            return;
        }
        quotes.followArticleEdit(article.id, quotableTexts(after.body()), article.people.stream()
                .filter(p -> p.role == PersonRole.QUOTED).map(p -> p.person.id).collect(Collectors.toSet()), Caller.of(identity));
    }

    /**
     * What readers see (Visibility): published, or scheduled with its time come.
     */
    @Override
    public boolean isPublic(Article article) {
        return !article.isDeleted() && ArticleStatus.PUBLIC.contains(article.status) && !article.publishedAt.isAfter(clock.instant());
    }

    /** Published: a scheduled article is announced by the job that publishes it when its time has come. */
    @Override
    public boolean isAnnounced(Article article) {
        return !article.isDeleted() && article.status == ArticleStatus.PUBLISHED;
    }

    /**
     * Its live quotes, its authors and its people: readers see them while some public article shows them. Read
     * with the article's row locked, as a quote's write locks it: a quote joining or leaving the article commits
     * before this read or after this write, never in between unlogged.
     */
    @Override
    public Set<Dependent> dependents(Article article) {
        articles.lockRow(article.id);
        Set<Dependent> dependents = new LinkedHashSet<>(quotes.dependentsOf(article.id));
        article.authors.forEach(author -> dependents.add(new Dependent(ContentKind.PERSON, author.id, author.revision)));
        article.people.forEach(person -> dependents.add(new Dependent(ContentKind.PERSON, person.person.id, person.person.revision)));
        return dependents;
    }

    /**
     * People another published article shows, which the log announced with it; a quote shows only through its
     * own article. The people are locked first: two writes that show and hide one person through different
     * articles then decide one after the other, the second seeing what the first committed, so that the log has
     * an entry after every change of what readers see of them.
     */
    @Override
    public Set<UUID> visibleElsewhere(Article article, Collection<Dependent> dependents) {
        Set<UUID> people = dependents.stream().filter(dependent -> dependent.kind() == ContentKind.PERSON)
                .map(Dependent::id).collect(Collectors.toSet());
        if (people.isEmpty()) {
            return Set.of();
        }
        articles.lockPeople(people);
        return articles.peopleAnnouncedByOtherArticles(people, article.id);
    }

    /** Syndication rights decide which partners see the article's quotes and people; so does the job that announces them. */
    @Override
    public Set<String> audienceFields() {
        return Set.of("syndication", "rightsAnnouncedAt");
    }

    @Override
    public void addState(Article article, ObjectNode state) {
        state.put("status", article.status.value());
        state.put("rightsAnnouncedAt", article.rightsAnnouncedAt == null ? null : article.rightsAnnouncedAt.toString());
    }

    /**
     * The pages of its topics and people count and embed it; the lists of topics, people and quotes count it
     * or follow its visibility; articles that name it as related show it once it is public.
     */
    @Override
    public Set<String> listedIn(Article article) {
        Set<String> tags = new LinkedHashSet<>(LISTS_COUNTING_ARTICLES);
        article.topics.forEach(topic -> tags.add(ContentKind.TOPIC.tag(topic.id)));
        article.authors.forEach(author -> tags.add(ContentKind.PERSON.tag(author.id)));
        article.people.forEach(person -> tags.add(ContentKind.PERSON.tag(person.person.id)));
        articles.relatingTo(article.id).forEach(id -> tags.add(ContentKind.ARTICLE.tag(id)));
        return tags;
    }

    @Override
    public void recordRevision(Article article, Operation operation, List<String> changedFields, ObjectNode state,
                               Caller caller, Instant at) {
        ArticleRevision revision = new ArticleRevision();
        revision.key = new ArticleRevision.Key(article.id, article.revision);
        revision.changedAt = at;
        revision.changedBy = caller.name();
        revision.action = operation.verb();
        revision.changes = json(null, changedFields);
        revision.snapshot = state.toString();
        revisions.persist(revision);
    }

    @Override
    public Map<String, Object> describe(Article article) {
        return Map.of("slug", article.slug);
    }

    private List<BodyBlock> body(ArticleInput input) {
        int forms = (input.body() != null ? 1 : 0) + (input.bodyMarkdown() != null ? 1 : 0) + (input.bodyHtml() != null ? 1 : 0);
        if (forms > 1) {
            throw ProblemException.invalidField("body", "send the body one way: body, bodyMarkdown or bodyHtml");
        }
        if (input.bodyMarkdown() != null) {
            return checked("bodyMarkdown", BodyConverter.fromMarkdown(input.bodyMarkdown(), articles::imageIdByUrl));
        }
        if (input.bodyHtml() != null) {
            return checked("bodyHtml", BodyConverter.fromHtml(input.bodyHtml(), articles::imageIdByUrl));
        }
        return input.body() == null ? List.of() : input.body().stream()
                .map(b -> b instanceof BodyBlock.ImageBlock i ? new BodyBlock.ImageBlock(i.imageId()) : b)
                .toList();
    }

    /** Blocks made from Markdown or HTML meet the same limits as blocks sent as such; errors name the field sent. */
    private List<BodyBlock> checked(String field, List<BodyBlock> blocks) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (ConstraintViolation<BodyBlock> violation : validator.validate(blocks.get(i))) {
                errors.add(new Problem.FieldError(field, "block " + i + ", " + violation.getPropertyPath() + ": "
                        + violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return blocks;
    }

    private List<ArticlePerson> people(List<ArticleInput.PersonInput> input) {
        if (input == null) {
            return new ArrayList<>();
        }
        List<UUID> ids = distinct("people", input.stream().map(ArticleInput.PersonInput::personId).toList());
        List<Person> persons = reference(Person.class, "person", "people", ids, true);
        List<ArticlePerson> people = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            ArticlePerson entry = new ArticlePerson();
            entry.person = persons.get(i);
            entry.role = input.get(i).role();
            entry.title = input.get(i).title();
            entry.affiliation = input.get(i).affiliation();
            people.add(entry);
        }
        return people;
    }

    /** Entities for ids that must all exist and not be deleted; else a 400 naming the first missing one. */
    private <T> List<T> reference(Class<T> type, String table, String field, List<UUID> ids, boolean indexed) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> live = articles.liveIds(table, ids);
        for (int i = 0; i < ids.size(); i++) {
            if (!live.contains(ids.get(i))) {
                throw ProblemException.invalidField(indexed ? field + "[" + i + "]" : field,
                        "no " + table + " has the id " + ids.get(i));
            }
        }
        EntityManager em = articles.getEntityManager();
        return ids.stream().map(id -> em.getReference(type, id)).toList();
    }

    private static List<UUID> distinct(String field, List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw ProblemException.invalidField(field, "lists the same id more than once");
        }
        return ids;
    }

    /** The text of each block that can hold a quote (paragraphs and pull quotes), null for the others. */
    private static List<String> quotableTexts(List<BodyBlock> body) {
        return body.stream().map(block -> block instanceof BodyBlock.Paragraph p ? p.text()
                : block instanceof BodyBlock.PullQuote q ? q.text() : null).toList();
    }

    static int wordCount(List<BodyBlock> body) {
        int words = 0;
        for (BodyBlock block : body) {
            String text = block instanceof BodyBlock.Paragraph p ? p.text()
                    : block instanceof BodyBlock.Heading h ? h.text()
                    : block instanceof BodyBlock.PullQuote q ? q.text() : "";
            String trimmed = text.strip();
            words += trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        }
        return words;
    }

    private static String bodyField(ArticleInput input) {
        return input.bodyMarkdown() != null ? "bodyMarkdown" : input.bodyHtml() != null ? "bodyHtml" : "body";
    }

    /** With the declared type of a list of blocks, so that each block keeps its "type". */
    private String json(TypeReference<?> type, Object value) {
        try {
            return type == null ? mapper.writeValueAsString(value) : mapper.writerFor(type).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value of the service always serializes", e);
        }
    }
}
