package com.modernmedia.content.topic;

import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.article.ArticleService;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.audit.AuditLog;
import com.modernmedia.content.shared.CacheInvalidation;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Preconditions;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.Slugs;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.SlugResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads of the topic tree, with counts of published articles. */
@ApplicationScoped
class TopicService {

    static final String KIND = "topic";

    private final TopicRepository topics;
    private final ArticleService articles;
    private final SlugResolver slugs;
    private final MergePatch patches;
    private final AuditLog audit;
    private final CacheInvalidation invalidation;

    TopicService(TopicRepository topics, ArticleService articles, SlugResolver slugs, MergePatch patches, AuditLog audit,
                 CacheInvalidation invalidation) {
        this.topics = topics;
        this.articles = articles;
        this.slugs = slugs;
        this.patches = patches;
        this.audit = audit;
        this.invalidation = invalidation;
    }

    Page<TopicSummary> list(PageRequest page) {
        List<Topic> found = topics.listByName(page.after(TopicRepository.CURSOR_KIND), page.limit() + 1);
        Map<UUID, Long> counts = topics.countPublicArticles(found.stream().map(t -> t.id).toList(), Instant.now());
        Long total = page.withTotal() ? topics.countLive() : null;
        return Page.of(found, page.limit(), t -> CursorCodec.encode(TopicRepository.CURSOR_KIND, t.name, t.id),
                t -> new TopicSummary(t.id, t.slug, t.name, t.description, TopicRef.from(t.parent), counts.getOrDefault(t.id, 0L)),
                total);
    }

    TopicDetail get(String slugOrId, Set<String> include) {
        Topic topic = find(slugOrId);
        long count = topics.countPublicArticles(List.of(topic.id), Instant.now()).getOrDefault(topic.id, 0L);
        Page<ArticleSummary> latest = include.contains("articles")
                ? articles.list(ArticleFilter.byTopic(topic.slug), PageRequest.first(PageRequest.DEFAULT_LIMIT), false)
                : null;
        return new TopicDetail(topic.id, topic.slug, topic.name, topic.description, TopicRef.from(topic.parent),
                topics.findChildren(topic.id).stream().map(TopicRef::from).toList(), count, topic.revision, latest);
    }

    @Transactional
    TopicDetail create(TopicInput input) {
        Topic topic = new Topic();
        topic.id = UUID.randomUUID();
        topic.revision = 1;
        topic.createdAt = Instant.now();
        topic.slug = input.slug() != null ? input.slug() : Slugs.unique(input.name(), topics::slugTaken);
        Slugs.checkFree(KIND, topic.slug, topics::slugTaken);
        apply(topic, input);
        topics.persist(topic);
        slugs.claim(KIND, topic.slug);
        audit.record("create", KIND, topic.id, Map.of("slug", topic.slug));
        invalidation.changed(KIND, topic.id, shownIn(topic));
        topics.flush();
        return get(topic.id.toString(), Set.of());
    }

    @Transactional
    TopicDetail replace(String slugOrId, String ifMatch, TopicInput input) {
        Topic topic = find(slugOrId);
        Preconditions.checkIfMatch(ifMatch, topic.revision);
        String oldSlug = topic.slug;
        String newSlug = input.slug() != null ? input.slug() : oldSlug;
        if (!newSlug.equals(oldSlug)) {
            Slugs.checkFree(KIND, newSlug, topics::slugTaken);
            topic.slug = newSlug;
            slugs.moved(KIND, oldSlug, newSlug, topic.id);
        }
        Set<String> shownBefore = shownIn(topic);
        apply(topic, input);
        audit.record("update", KIND, topic.id, Map.of("slug", topic.slug));
        // A topic moved to another parent leaves the old parent's page too.
        shownBefore.addAll(shownIn(topic));
        invalidation.changed(KIND, topic.id, shownBefore);
        topics.flush();
        return get(topic.id.toString(), Set.of());
    }

    @Transactional
    TopicDetail patch(String slugOrId, String ifMatch, String mergePatch) {
        Topic topic = find(slugOrId);
        return replace(topic.id.toString(), ifMatch, patches.apply(TopicInput.from(topic), mergePatch, TopicInput.class));
    }

    /** A soft delete: the topic leaves every public read, its row stays as a tombstone. */
    @Transactional
    void delete(String slugOrId, String ifMatch) {
        Topic topic = find(slugOrId);
        Preconditions.checkIfMatch(ifMatch, topic.revision);
        long articles = topics.countArticlesUsing(topic.id);
        if (articles > 0) {
            throw ProblemException.conflict("The topic is on " + articles + " article(s); take it off them first.");
        }
        if (!topics.findChildren(topic.id).isEmpty()) {
            throw ProblemException.conflict("The topic has sub-topics; move or delete them first.");
        }
        topic.deletedAt = Instant.now();
        topic.updatedAt = topic.deletedAt;
        audit.record("delete", KIND, topic.id, Map.of("slug", topic.slug));
        invalidation.changed(KIND, topic.id, shownIn(topic));
        topics.flush();
    }


    /** A topic shows on its parent's page, and by name in article lists. */
    private static Set<String> shownIn(Topic topic) {
        Set<String> tags = new LinkedHashSet<>(List.of("list-articles"));
        if (topic.parent != null) {
            tags.add("topic-" + topic.parent.id);
        }
        return tags;
    }

    private void apply(Topic topic, TopicInput input) {
        topic.name = input.name().strip();
        topic.description = input.description();
        topic.parent = input.parentId() == null ? null : parentFor(topic, input.parentId());
        topic.updatedAt = Instant.now();
    }

    /** The parent must be a live topic, and not the topic itself or one of its descendants. */
    private Topic parentFor(Topic topic, UUID parentId) {
        Topic parent = topics.findLiveById(parentId)
                .orElseThrow(() -> ProblemException.invalidField("parentId", "no topic has this id"));
        for (Topic ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor.id.equals(topic.id)) {
                throw ProblemException.invalidField("parentId", "would make the topic its own ancestor");
            }
        }
        return parent;
    }

    Page<ArticleSummary> articles(String slugOrId, PageRequest page) {
        return articles.list(ArticleFilter.byTopic(find(slugOrId).slug), page, false);
    }

    private Topic find(String slugOrId) {
        return slugs.resolve(KIND, slugOrId, topics::findLiveById, topics::findBySlug, t -> t.slug);
    }
}
