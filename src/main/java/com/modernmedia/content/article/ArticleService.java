package com.modernmedia.content.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.ArticleStatus;
import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.model.Image;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.model.Person;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.model.Timestamps;
import com.modernmedia.content.model.Topic;
import com.modernmedia.content.model.TopicRef;
import com.modernmedia.content.quote.QuoteService;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Dated;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.PublishedKind;
import com.modernmedia.content.shared.Role;
import com.modernmedia.content.shared.SlugResolver;
import com.modernmedia.content.shared.StoredDocuments;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Hibernate;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads of articles. Relations load a page at a time, so no read costs a statement per item. */
@ApplicationScoped
public class ArticleService implements PublishedKind {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {
    };

    private final ArticleRepository articles;
    private final QuoteService quotes;
    private final SlugResolver slugs;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, QuoteService quotes, SlugResolver slugs, ObjectMapper mapper,
                          SecurityIdentity identity, Clock clock) {
        this.articles = articles;
        this.quotes = quotes;
        this.slugs = slugs;
        this.mapper = mapper;
        this.identity = identity;
        this.clock = clock;
    }

    /** Published articles, newest first. */
    public Page<ArticleSummary> list(ArticleFilter filter, PageRequest page, boolean withPeople) {
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        List<Article> found = articles.listPublic(filter, page.after(ContentKind.ARTICLE.value()), page.limit() + 1, now, audience);
        Long total = page.withTotal() ? articles.countPublic(filter, now, audience) : null;
        return Page.of(found, page.limit(),
                a -> CursorCodec.encode(ContentKind.ARTICLE.value(), a.publishedAt, a.id),
                a -> ArticleSummary.from(a, withPeople, audience), total);
    }

    /**
     * Published articles as feeds show them, newest first: each with its body as HTML, as the audience may see it
     * (none for a partner with a teaser right). Relations load a page at a time (the batch size), as for lists.
     */
    public Page<ArticleWithText> withText(ArticleFilter filter, PageRequest page) {
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        List<Article> found = articles.listPublic(filter, page.after(ContentKind.ARTICLE.value()), page.limit() + 1, now, audience);
        return Page.of(found, page.limit(), a -> CursorCodec.encode(ContentKind.ARTICLE.value(), a.publishedAt, a.id), article -> {
            boolean withText = Syndication.givesText(article, audience);
            List<BodyBlock> stored = withText ? storedBody(article) : List.of();
            return new ArticleWithText(ArticleSummary.from(article, false, audience),
                    withText ? BodyRenderer.html(shownBody(stored, bodyImages(article, stored), audience)) : null);
        }, null);
    }

    /**
     * For editors: the articles of a status the public does not see (draft, scheduled, unpublished), most
     * recently changed first. Without a key this is a 401, with a key of another role a 403.
     */
    Page<ArticleSummary> listByStatus(ArticleStatus status, ArticleFilter filter, PageRequest page, boolean withPeople) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException("listing articles by status needs an editor's key");
        }
        if (!identity.hasRole(Role.EDITOR_ROLE)) {
            throw new ForbiddenException("listing articles by status needs an editor's key");
        }
        Instant now = clock.instant();
        String cursorKind = ContentKind.ARTICLE.value() + "-" + status.value();
        List<Article> found = articles.listByStatus(status, filter, page.after(cursorKind), page.limit() + 1, now);
        Long total = page.withTotal() ? articles.countByStatus(status, filter, now) : null;
        return Page.of(found, page.limit(), a -> CursorCodec.encode(cursorKind, a.updatedAt, a.id),
                a -> ArticleSummary.from(a, withPeople, Audience.PUBLIC), total);
    }

    /** A public article; editors (a key with the editor role) also get drafts, scheduled and unpublished ones. */
    Dated<ArticleDetail> get(String slugOrId, BodyFormat format) {
        Instant now = clock.instant();
        Article article = identity.hasRole(Role.EDITOR_ROLE)
                ? slugs.resolve(ContentKind.ARTICLE, slugOrId, articles::findLiveById, articles::findLiveBySlug, a -> a.slug)
                : slugs.resolve(ContentKind.ARTICLE, slugOrId, id -> articles.findPublicById(id, now, Audience.of(identity)),
                slug -> articles.findPublicBySlug(slug, now, Audience.of(identity)), a -> a.slug);
        return detail(article, format, now, identity.hasRole(Role.EDITOR_ROLE), Audience.of(identity));
    }

    @Override
    public ContentKind kind() {
        return ContentKind.ARTICLE;
    }

    @Override
    public List<UUID> publishedIdsAfter(UUID after, int limit, Audience audience) {
        return articles.publicIdsAfter(after, limit, clock.instant(), audience);
    }

    /** As GET /api/v1/articles/{id} answers the audience: the body as blocks. */
    @Override
    public Optional<ArticleDetail> published(UUID id, Audience audience) {
        Instant now = clock.instant();
        return articles.findPublicById(id, now, audience).map(article -> detail(article, BodyFormat.BLOCKS, now, false, audience).body());
    }

    /**
     * The public's documents of these articles (shared/StoredDocuments): each as GET answers it without a key, or
     * gone when the public does not see it now. A related story not public yet is a tag the document depends on.
     */
    List<StoredDocuments.Rendering> publicDocuments(Collection<UUID> ids) {
        Instant now = clock.instant();
        Map<UUID, Article> found = articles.listPublicByIds(ids, now, Audience.PUBLIC).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(id -> found.containsKey(id) ? publicDocument(found.get(id), now) : StoredDocuments.Rendering.gone(id))
                .toList();
    }

    private StoredDocuments.Rendering publicDocument(Article article, Instant now) {
        try {
            Dated<ArticleDetail> detail = detail(article, BodyFormat.BLOCKS, now, false, Audience.PUBLIC);
            return new StoredDocuments.Rendering(article.id, article.slug, detail.body(), detail.lastModified(), article.publishedAt,
                    article.related.stream().map(r -> ContentKind.ARTICLE.tag(r.id)).collect(Collectors.toSet()));
        } catch (IllegalStateException e) {
            LOG.warnf(e, "Article %s cannot be stored as a document; its reads are built each time", article.id);
            return StoredDocuments.Rendering.gone(article.id);
        }
    }

    /** Why the audience does not see it: gone, out of the public's sight, or (for a partner) its rights. */
    @Override
    public Optional<Withdrawn> withdrawn(UUID id, Audience audience) {
        Instant now = clock.instant();
        return articles.findByIdOptional(id).map(article -> new Withdrawn(article.slug, article.revision,
                article.isDeleted() ? Withdrawn.Reason.DELETED
                        : articles.findPublicById(id, now, Audience.PUBLIC).isEmpty() ? Withdrawn.Reason.UNPUBLISHED
                        : Syndication.of(article).reasonWithheld(audience, now)));
    }

    /** Any article that is not deleted, for editors' preview. */
    Dated<ArticleDetail> preview(UUID id, BodyFormat format) {
        Article article = articles.findLiveById(id)
                .orElseThrow(() -> ProblemException.notFound("No article has the id '" + id + "'."));
        return detail(article, format, clock.instant(), true, Audience.PUBLIC);
    }

    /**
     * The whole article as the audience sees it (a partner sees only the related stories its rights allow, and
     * with a teaser right no text: body, body images and quotes); its syndication rights only for editors
     * (withRights), never for the public or partners.
     */
    Dated<ArticleDetail> detail(Article article, BodyFormat format, Instant now, boolean withRights, Audience audience) {
        boolean withText = Syndication.givesText(article, audience);
        List<BodyBlock> stored = withText ? storedBody(article) : List.of();
        Map<UUID, Image> images = bodyImages(article, stored);
        List<BodyBlock> body = shownBody(stored, images, audience);
        List<ImageView> bodyImages = body.stream()
                .filter(b -> b instanceof BodyBlock.ImageBlock i && i.image() != null)
                .map(b -> ((BodyBlock.ImageBlock) b).image()).toList();
        if (!Hibernate.isInitialized(article.related)) {
            articles.fetchRelated(article);
        }
        List<Article> related = article.related.stream()
                .filter(r -> ArticleStatus.PUBLIC.contains(r.status) && !r.publishedAt.isAfter(now))
                .filter(r -> !audience.isPartner() || Syndication.of(r).allows(audience, now)).toList();
        ArticleDetail detail = new ArticleDetail(article.id, article.slug, article.headline, article.dek,
                Syndication.shown(article.heroImage, audience),
                article.authors.stream().map(PersonSummary::from).toList(),
                article.topics.stream().map(TopicRef::from).toList(),
                article.people.stream().map(ArticlePersonView::from).toList(),
                withText ? quotes.forArticle(article.id) : List.of(),
                bodyImages,
                format == BodyFormat.BLOCKS ? body : null,
                format == BodyFormat.HTML ? BodyRenderer.html(body) : null,
                format == BodyFormat.TEXT ? BodyRenderer.text(body) : null,
                related.stream().map(r -> ArticleSummary.from(r, false, audience)).toList(),
                storedCallToAction(article),
                article.wordCount, ArticleSummary.readingTimeMinutes(article.wordCount), article.revision,
                statusAt(article, now), Timestamps.seconds(article.publishedAt), Timestamps.seconds(article.updatedAt),
                withRights ? Syndication.of(article) : null, withText ? null : true);
        return new Dated<>(detail, lastModified(article, images, related));
    }

    /** article_image holds the images of the body's image blocks: without such blocks there is nothing to read. */
    private static Map<UUID, Image> bodyImages(Article article, List<BodyBlock> stored) {
        return stored.stream().anyMatch(BodyBlock.ImageBlock.class::isInstance)
                ? article.images.stream().collect(Collectors.toMap(i -> i.id, Function.identity()))
                : Map.of();
    }

    /** The body's blocks with their images, as the audience may see them. */
    private static List<BodyBlock> shownBody(List<BodyBlock> stored, Map<UUID, Image> images, Audience audience) {
        return stored.stream()
                .map(block -> block instanceof BodyBlock.ImageBlock i ? shown(i, images.get(i.imageId()), audience) : block)
                .toList();
    }

    /** An image block with its image, or for a partner not cleared to receive it, marked withheld. */
    private static BodyBlock.ImageBlock shown(BodyBlock.ImageBlock block, Image image, Audience audience) {
        ImageView view = Syndication.shown(image, audience);
        return new BodyBlock.ImageBlock(block.imageId(), view, image != null && view == null ? true : null);
    }

    /** The representation changes when the article or anything it shows by name changes. */
    private static Instant lastModified(Article article, Map<UUID, Image> images, List<Article> related) {
        Stream<Instant> times = Stream.of(
                Stream.of(article.updatedAt),
                Stream.ofNullable(article.heroImage).map(i -> i.updatedAt),
                images.values().stream().map((Image i) -> i.updatedAt),
                article.authors.stream().map((Person p) -> p.updatedAt),
                article.people.stream().map(p -> p.person.updatedAt),
                article.topics.stream().map((Topic t) -> t.updatedAt),
                related.stream().map(r -> r.updatedAt)).flatMap(Function.identity());
        return times.max(Instant::compareTo).orElse(article.updatedAt);
    }

    /**
     * What the article is at this moment: a scheduled one whose time has come is published, whether or not
     * anything has touched it since, and a published one moved to a future time is scheduled again.
     */
    private static String statusAt(Article article, Instant now) {
        ArticleStatus status = article.status;
        if (ArticleStatus.PUBLIC.contains(status)) {
            status = article.publishedAt.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        }
        return status.name().toLowerCase(Locale.ROOT);
    }

    List<BodyBlock> storedBody(Article article) {
        try {
            return article.body == null ? List.of() : mapper.readValue(article.body, BLOCKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article " + article.id + " has a body that is not valid blocks", e);
        }
    }

    CallToAction storedCallToAction(Article article) {
        try {
            return article.callToAction == null ? null : mapper.readValue(article.callToAction, CallToAction.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article " + article.id + " has a call to action that is not valid", e);
        }
    }
}
