package com.modernmedia.content.topic;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.article.ArticleService;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.model.Topic;
import com.modernmedia.content.model.TopicRef;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.PublishedKind;
import com.modernmedia.content.shared.SlugResolver;
import com.modernmedia.content.write.EditableKind;
import com.modernmedia.content.write.WritePipeline;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The topic tree, with counts of published articles; topics as editors write them. */
@ApplicationScoped
public class TopicService implements EditableKind<Topic, TopicInput>, PublishedKind {

    private final TopicRepository topics;
    private final ArticleService articles;
    private final SlugResolver slugs;
    private final WritePipeline pipeline;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final double nameSimilarity;

    TopicService(TopicRepository topics, ArticleService articles, SlugResolver slugs, WritePipeline pipeline,
                 SecurityIdentity identity, Clock clock, ContentConfig config) {
        this.topics = topics;
        this.articles = articles;
        this.slugs = slugs;
        this.pipeline = pipeline;
        this.identity = identity;
        this.clock = clock;
        this.nameSimilarity = config.search().nameSimilarity();
    }

    /** The topics whose name matches the query, best first: one page, as autocomplete needs. */
    @Transactional
    Page<TopicSummary> search(String query, PageRequest page) {
        page.refuseCursor();
        List<Topic> found = topics.search(query, nameSimilarity, page.limit());
        return summaries(found, page, page.withTotal() ? topics.countMatching(query, nameSimilarity) : null);
    }

    /** By name. */
    Page<TopicSummary> list(PageRequest page) {
        List<Topic> found = topics.listByName(page.after(ContentKind.TOPIC.value()), page.limit() + 1);
        return summaries(found, page, page.withTotal() ? topics.countLive() : null);
    }

    /** The page of the topics found, one more than the limit when there may be a next page, with their article counts. */
    private Page<TopicSummary> summaries(List<Topic> found, PageRequest page, Long total) {
        Map<UUID, Long> counts = topics.countPublicArticles(found.stream().map(t -> t.id).toList(), clock.instant(),
                Audience.of(identity));
        return Page.of(found, page.limit(), t -> CursorCodec.encode(ContentKind.TOPIC.value(), t.name, t.id),
                t -> new TopicSummary(t.id, t.slug, t.name, t.description, TopicRef.from(t.parent), counts.getOrDefault(t.id, 0L)),
                total);
    }

    TopicDetail get(String slugOrId, Set<String> include) {
        return detail(findLive(slugOrId), include.contains("articles"));
    }

    /** A topic that is not deleted (every one is public), as articles point to it. */
    public TopicRef ref(String slugOrId) {
        return TopicRef.from(findLive(slugOrId));
    }

    Page<ArticleSummary> articles(String slugOrId, PageRequest page) {
        return articles.list(ArticleFilter.byTopic(findLive(slugOrId).slug), page, false);
    }

    /** Every topic that is not deleted is public. */
    @Override
    public List<UUID> publishedIdsAfter(UUID after, int limit, Audience audience) {
        return topics.liveIdsAfter(after, limit);
    }

    /** As GET /api/v1/topics/{id} answers without include=. */
    @Override
    public Optional<TopicDetail> published(UUID id, Audience audience) {
        return topics.findLiveById(id).map(topic -> detail(topic, false));
    }

    @Override
    public Optional<Withdrawn> withdrawn(UUID id, Audience audience) {
        return topics.findByIdOptional(id).map(topic -> new Withdrawn(topic.slug, topic.revision,
                Withdrawn.Reason.of(topic.isDeleted())));
    }

    @Transactional
    TopicDetail create(TopicInput input) {
        return detail(pipeline.create(this, input), false);
    }

    @Transactional
    TopicDetail replace(String slugOrId, String ifMatch, TopicInput input) {
        return detail(pipeline.replace(this, slugOrId, ifMatch, input), false);
    }

    @Transactional
    TopicDetail patch(String slugOrId, String ifMatch, byte[] mergePatch) {
        return detail(pipeline.patch(this, slugOrId, ifMatch, mergePatch), false);
    }

    @Transactional
    void delete(String slugOrId, String ifMatch) {
        pipeline.delete(this, slugOrId, ifMatch);
    }

    private TopicDetail detail(Topic topic, boolean withArticles) {
        long count = topics.countPublicArticles(List.of(topic.id), clock.instant(), Audience.of(identity))
                .getOrDefault(topic.id, 0L);
        Page<ArticleSummary> latest = withArticles
                ? articles.list(ArticleFilter.byTopic(topic.slug), PageRequest.first(PageRequest.DEFAULT_LIMIT), false)
                : null;
        return new TopicDetail(topic.id, topic.slug, topic.name, topic.description, TopicRef.from(topic.parent),
                topics.findChildren(topic.id).stream().map(TopicRef::from).toList(), count, topic.revision, latest);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.TOPIC;
    }

    @Override
    public Class<TopicInput> inputType() {
        return TopicInput.class;
    }

    @Override
    public Topic newEntity() {
        return new Topic();
    }

    @Override
    public Topic findLive(String slugOrId) {
        return slugs.resolve(ContentKind.TOPIC, slugOrId, topics::findLiveById, topics::findBySlug, t -> t.slug);
    }

    @Override
    public TopicInput inputOf(Topic topic) {
        return TopicInput.from(topic);
    }

    @Override
    public void apply(Topic topic, TopicInput input) {
        topic.slug = slugs.assign(ContentKind.TOPIC, topic.id, topic.slug, input.slug(), input.name());
        topic.name = input.name().strip();
        topic.description = input.description();
        topic.parent = input.parentId() == null ? null : parentFor(topic, input.parentId());
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

    @Override
    public void prepareDelete(Topic topic) {
        long used = topics.countArticlesUsing(topic.id);
        if (used > 0) {
            throw ProblemException.conflict("The topic is on " + used + " article(s); take it off them first.");
        }
        if (!topics.findChildren(topic.id).isEmpty()) {
            throw ProblemException.conflict("The topic has sub-topics; move or delete them first.");
        }
    }

    /** A topic is listed among its parent's children. */
    @Override
    public Set<String> listedIn(Topic topic) {
        return topic.parent == null ? Set.of() : Set.of(ContentKind.TOPIC.tag(topic.parent.id));
    }

    @Override
    public Map<String, Object> describe(Topic topic) {
        return Map.of("slug", topic.slug);
    }
}
