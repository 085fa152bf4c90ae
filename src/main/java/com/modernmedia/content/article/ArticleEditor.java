package com.modernmedia.content.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.audit.AuditLog;
import com.modernmedia.content.image.Image;
import com.modernmedia.content.person.Person;
import com.modernmedia.content.quote.QuoteService;
import com.modernmedia.content.shared.CacheInvalidation;
import com.modernmedia.content.shared.Cursor;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Dated;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.Preconditions;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.SlugResolver;
import com.modernmedia.content.shared.Slugs;
import com.modernmedia.content.topic.Topic;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The editorial writes of articles: create, replace, merge-patch, publish,
 * unpublish and soft delete. Every write checks If-Match against the revision,
 * stores a revision (who, when, which fields, the article as written) and an
 * audit entry, all in one transaction.
 */
@ApplicationScoped
class ArticleEditor {

    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {
    };

    private final ArticleRepository articles;
    private final ArticleService reads;
    private final ArticleRevisionRepository revisions;
    private final QuoteService quotes;
    private final SlugResolver slugs;
    private final MergePatch patches;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Validator validator;
    private final CacheInvalidation invalidation;

    ArticleEditor(ArticleRepository articles, ArticleService reads, ArticleRevisionRepository revisions, QuoteService quotes,
                  SlugResolver slugs, MergePatch patches, AuditLog audit, ObjectMapper mapper, SecurityIdentity identity,
                  Validator validator, CacheInvalidation invalidation) {
        this.validator = validator;
        this.invalidation = invalidation;
        this.articles = articles;
        this.reads = reads;
        this.revisions = revisions;
        this.quotes = quotes;
        this.slugs = slugs;
        this.patches = patches;
        this.audit = audit;
        this.mapper = mapper;
        this.identity = identity;
    }

    /** A new article is a draft, invisible to the public until it is published. */
    @Transactional
    Dated<ArticleDetail> create(ArticleInput input) {
        flushOnlyWhenSaved();
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.revision = 1;
        article.status = ArticleStatus.DRAFT;
        article.createdAt = Instant.now();
        article.updatedAt = article.createdAt;
        article.slug = input.slug() != null ? input.slug() : Slugs.unique(input.headline(), articles::slugTaken);
        Slugs.checkFree(ArticleService.KIND, article.slug, articles::slugTaken);
        apply(article, input);
        articles.persist(article);
        slugs.claim(ArticleService.KIND, article.slug);
        return saved(article, "create", null);
    }

    @Transactional
    Dated<ArticleDetail> replace(String slugOrId, String ifMatch, ArticleInput input) {
        Article article = find(slugOrId);
        Preconditions.checkIfMatch(ifMatch, article.revision);
        ObjectNode before = snapshot(article);
        if (input.slug() != null && !input.slug().equals(article.slug)) {
            Slugs.checkFree(ArticleService.KIND, input.slug(), articles::slugTaken);
            slugs.moved(ArticleService.KIND, article.slug, input.slug(), article.id);
            article.slug = input.slug();
        }
        apply(article, input);
        return saved(article, "update", before);
    }

    @Transactional
    Dated<ArticleDetail> patch(String slugOrId, String ifMatch, String mergePatch) {
        Article article = find(slugOrId);
        ArticleInput current = ArticleInput.from(article, reads.storedBody(article), reads.storedCallToAction(article));
        Set<String> patched = patches.topLevelFields(mergePatch);
        if (patched.contains("bodyMarkdown") || patched.contains("bodyHtml")) {
            current = current.withoutBlocks(); // a body sent in another form replaces the blocks
        }
        return replace(article.id.toString(), ifMatch, patches.apply(current, mergePatch, ArticleInput.class));
    }

    /** Published now, or scheduled when its publication time is still to come. */
    @Transactional
    Dated<ArticleDetail> publish(String slugOrId, String ifMatch) {
        Article article = find(slugOrId);
        Preconditions.checkIfMatch(ifMatch, article.revision);
        ObjectNode before = snapshot(article);
        Instant now = Instant.now();
        if (article.publishedAt == null) {
            article.publishedAt = now;
        }
        article.status = article.publishedAt.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        article.updatedAt = now;
        return saved(article, "publish", before);
    }

    @Transactional
    Dated<ArticleDetail> unpublish(String slugOrId, String ifMatch) {
        Article article = find(slugOrId);
        Preconditions.checkIfMatch(ifMatch, article.revision);
        if (article.status == ArticleStatus.DRAFT) {
            throw ProblemException.conflict("The article is a draft; there is nothing to unpublish.");
        }
        ObjectNode before = snapshot(article);
        article.status = ArticleStatus.UNPUBLISHED;
        article.updatedAt = Instant.now();
        return saved(article, "unpublish", before);
    }

    /** A soft delete: the article leaves every public read for good; its row and revisions stay. */
    @Transactional
    void delete(String slugOrId, String ifMatch) {
        Article article = find(slugOrId);
        Preconditions.checkIfMatch(ifMatch, article.revision);
        ObjectNode before = snapshot(article);
        article.status = ArticleStatus.UNPUBLISHED;
        article.deletedAt = Instant.now();
        article.updatedAt = article.deletedAt;
        saved(article, "delete", before);
    }

    Page<ArticleRevisionView> revisions(String slugOrId, PageRequest page) {
        Article article = find(slugOrId);
        Cursor after = page.after(ArticleRevisionRepository.CURSOR_KIND);
        List<ArticleRevision> found = revisions.listNewestFirst(article.id, after == null ? null : after.integer(0), page.limit() + 1);
        return Page.of(found, page.limit(), r -> CursorCodec.encode(ArticleRevisionRepository.CURSOR_KIND, r.key.revision),
                r -> view(r, false), page.withTotal() ? revisions.count("key.articleId", article.id) : null);
    }

    ArticleRevisionView revision(String slugOrId, int number) {
        Article article = find(slugOrId);
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

    /** Records the change as a revision and in the audit log, and answers the article as it is now. */
    private Dated<ArticleDetail> saved(Article article, String action, ObjectNode before) {
        ObjectNode after = snapshot(article);
        List<String> changed = changedFields(before, after);
        if (changed.isEmpty()) {
            // Nothing changed: the same revision; undo the rewritten lists and times rather than flush them.
            articles.getEntityManager().refresh(article);
            return reads.detail(article, BodyFormat.BLOCKS, Instant.now());
        }
        articles.flush(); // raises the revision, or fails here if a concurrent edit won
        ArticleRevision revision = new ArticleRevision();
        revision.key = new ArticleRevision.Key(article.id, article.revision);
        revision.changedAt = Instant.now();
        revision.changedBy = identity.getPrincipal().getName();
        revision.action = action;
        revision.changes = json(changed);
        revision.snapshot = after.toString();
        revisions.persist(revision);
        audit.record(action, ArticleService.KIND, article.id, Map.of("slug", article.slug, "revision", article.revision));
        invalidation.changed(ArticleService.KIND, article.id, shownIn(before, after));
        articles.flush();
        return reads.detail(article, BodyFormat.BLOCKS, Instant.now());
    }

    private void apply(Article article, ArticleInput input) {
        article.headline = input.headline().strip();
        article.dek = input.dek();
        if (article.status != ArticleStatus.DRAFT && input.publishedAt() == null) {
            throw ProblemException.invalidField("publishedAt", "an article that was published or scheduled keeps its publication time");
        }
        article.publishedAt = input.publishedAt();
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
        article.callToAction = input.callToAction() == null ? null : json(input.callToAction());
        article.updatedAt = Instant.now();
        quotes.followArticleEdit(article.id, quotableTexts(body), article.people.stream()
                .filter(p -> p.role == PersonRole.QUOTED).map(p -> p.person.id).collect(Collectors.toSet()));
    }

    private List<BodyBlock> body(ArticleInput input) {
        int forms = (input.body() != null ? 1 : 0) + (input.bodyMarkdown() != null ? 1 : 0) + (input.bodyHtml() != null ? 1 : 0);
        if (forms > 1) {
            throw ProblemException.invalidField("body", "send the body one way: body, bodyMarkdown or bodyHtml");
        }
        if (input.bodyMarkdown() != null) {
            return checked(BodyConverter.fromMarkdown(input.bodyMarkdown(), articles::imageIdByUrl));
        }
        if (input.bodyHtml() != null) {
            return checked(BodyConverter.fromHtml(input.bodyHtml(), articles::imageIdByUrl));
        }
        return input.body() == null ? List.of() : input.body().stream()
                .map(b -> b instanceof BodyBlock.ImageBlock i ? new BodyBlock.ImageBlock(i.imageId(), null) : b)
                .toList();
    }

    /** Blocks made from Markdown or HTML meet the same limits as blocks sent as such. */
    private List<BodyBlock> checked(List<BodyBlock> blocks) {
        Set<ConstraintViolation<BodyBlock>> violations = new HashSet<>();
        blocks.forEach(block -> violations.addAll(validator.validate(block)));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
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


    private Article find(String slugOrId) {
        flushOnlyWhenSaved();
        return slugs.resolve(ArticleService.KIND, slugOrId, articles::findLiveById, articles::findLiveBySlug, a -> a.slug);
    }

    /**
     * The checks of a write query the database while the article is being changed; were those queries to
     * flush the half-made change, the revision would rise more than once. It is flushed once, when saved.
     */
    private void flushOnlyWhenSaved() {
        articles.getEntityManager().setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * Where else the article shows, before and after the change: the pages of its topics and people (their
     * articles and counts), and the lists of topics, people and quotes.
     */
    /** Lists of topics and people show article counts, quotes are public with their article. */
    private static final List<String> LISTS_SHOWING_ARTICLES = List.of("list-topics", "list-people", "list-quotes");

    private static Set<String> shownIn(ObjectNode before, ObjectNode after) {
        Set<String> tags = new LinkedHashSet<>(LISTS_SHOWING_ARTICLES);
        for (ObjectNode state : before == null ? List.of(after) : List.of(before, after)) {
            state.path("topicIds").forEach(id -> tags.add("topic-" + id.asText()));
            state.path("authorIds").forEach(id -> tags.add("person-" + id.asText()));
            state.path("people").forEach(person -> tags.add("person-" + person.path("personId").asText()));
        }
        return tags;
    }

    /** What an article as it is now appears in, besides its own representations. */
    static Set<String> shownIn(Article article) {
        Set<String> tags = new LinkedHashSet<>(LISTS_SHOWING_ARTICLES);
        article.topics.forEach(topic -> tags.add("topic-" + topic.id));
        article.authors.forEach(author -> tags.add("person-" + author.id));
        article.people.forEach(person -> tags.add("person-" + person.person.id));
        return tags;
    }

    /** The article as written, with its status: what a revision keeps. */
    private ObjectNode snapshot(Article article) {
        ObjectNode node = mapper.valueToTree(ArticleInput.from(article, reads.storedBody(article), reads.storedCallToAction(article)));
        node.put("status", article.status.name().toLowerCase(Locale.ROOT));
        node.put("deleted", article.deletedAt != null);
        return node;
    }

    private static List<String> changedFields(ObjectNode before, ObjectNode after) {
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        if (before != null) {
            before.fieldNames().forEachRemaining(names::add);
        }
        return names.stream().filter(name -> before == null
                        ? !after.path(name).isNull() && !after.path(name).isMissingNode()
                        : !before.path(name).equals(after.path(name)))
                .collect(Collectors.toList());
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

    private String json(Object value) {
        return json(null, value);
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
