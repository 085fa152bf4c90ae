package com.modernmedia.content.topic;

import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.article.ArticleService;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.SlugResolver;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads of the topic tree, with counts of published articles. */
@ApplicationScoped
class TopicService {

    private final TopicRepository topics;
    private final ArticleService articles;
    private final SlugResolver slugs;

    TopicService(TopicRepository topics, ArticleService articles, SlugResolver slugs) {
        this.topics = topics;
        this.articles = articles;
        this.slugs = slugs;
    }

    Page<TopicSummary> list(PageRequest page) {
        List<Topic> found = topics.listByName(page.after(TopicRepository.CURSOR_KIND), page.limit() + 1);
        Map<UUID, Long> counts = topics.countPublicArticles(found.stream().map(t -> t.id).toList(), Instant.now());
        Long total = page.withTotal() ? topics.count() : null;
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
                topics.findChildren(topic.id).stream().map(TopicRef::from).toList(), count, latest);
    }

    Page<ArticleSummary> articles(String slugOrId, PageRequest page) {
        return articles.list(ArticleFilter.byTopic(find(slugOrId).slug), page, false);
    }

    private Topic find(String slugOrId) {
        return slugs.resolve("topic", slugOrId, topics::findByIdOptional, topics::findBySlug, t -> t.slug);
    }
}
