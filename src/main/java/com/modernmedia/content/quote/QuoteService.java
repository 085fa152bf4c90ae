package com.modernmedia.content.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.ArticlePerson;
import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.model.Person;
import com.modernmedia.content.model.PersonRole;
import com.modernmedia.content.model.Quote;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Cursor;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.FullTextQuery;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.Problem;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.PublishedKind;
import com.modernmedia.content.write.Dependent;
import com.modernmedia.content.write.EditableKind;
import com.modernmedia.content.write.Operation;
import com.modernmedia.content.write.WritePipeline;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Quotes: the public reads serve only quotes of public articles; editors write them, each in its article's words. */
@ApplicationScoped
public class QuoteService implements EditableKind<Quote, QuoteInput>, PublishedKind {

    /** The kind of a quote search's cursors: the time its scores were computed at, the last score and id, the words' mark. */
    static final String SEARCH_CURSOR_KIND = "quote-search";

    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {
    };

    private final QuoteRepository quotes;
    private final WritePipeline pipeline;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final FullTextQuery fullText;

    public QuoteService(QuoteRepository quotes, WritePipeline pipeline, ObjectMapper mapper, SecurityIdentity identity, Clock clock,
                        FullTextQuery fullText) {
        this.quotes = quotes;
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.identity = identity;
        this.clock = clock;
        this.fullText = fullText;
    }

    public Page<QuoteView> list(QuoteFilter filter, PageRequest page) {
        if (filter.text() != null) {
            return search(filter, page);
        }
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        List<Quote> found = quotes.listPublic(filter, page.after(ContentKind.QUOTE.value()), page.limit() + 1, now, audience);
        Long total = page.withTotal() ? quotes.countPublic(filter, now, audience) : null;
        return Page.of(found, page.limit(),
                q -> CursorCodec.encode(ContentKind.QUOTE.value(), q.article.publishedAt, q.article.id, q.position),
                QuoteView::from, total);
    }

    /**
     * With q=: the quotes that hold the words, best first (Ranking). Visibility is always now; only the scores keep
     * the first page's time, so later pages continue its ranking and a forged cursor cannot show more.
     */
    private Page<QuoteView> search(QuoteFilter filter, PageRequest page) {
        fullText.withWords(filter.text());
        Instant now = clock.instant();
        Audience audience = Audience.of(identity);
        String words = wordsMark(filter.text());
        Cursor after = page.after(SEARCH_CURSOR_KIND);
        if (after != null && !after.string(3).equals(words)) {
            throw CursorCodec.invalid();
        }
        Instant scoredAt = after == null ? now : after.instant(0);
        List<QuoteRepository.Ranked> found = quotes.listRanked(filter, scoredAt, after, page.limit() + 1, now, audience);
        Long total = page.withTotal() ? quotes.countPublic(filter, now, audience) : null;
        return Page.of(found, page.limit(),
                r -> CursorCodec.encode(SEARCH_CURSOR_KIND, scoredAt, r.score(), r.quote().id, words),
                r -> QuoteView.from(r.quote()), total);
    }

    /**
     * Marks a search's cursors with its words, so that another q refuses them: a score only orders the results of
     * the words it was computed for. String.hashCode is fixed by the Java specification, the same on every instance.
     */
    private static String wordsMark(String q) {
        return Integer.toHexString(q.hashCode());
    }

    /** The quotes of an article the caller has already found public, in reading order. */
    public List<QuoteView> forArticle(UUID articleId) {
        return quotes.findByArticle(articleId).stream().map(QuoteView::from).toList();
    }

    /** The live quotes of an article: readers see them only through it. */
    public Set<Dependent> dependentsOf(UUID articleId) {
        Set<Dependent> dependents = new LinkedHashSet<>();
        quotes.findByArticle(articleId).forEach(quote -> dependents.add(new Dependent(ContentKind.QUOTE, quote.id, quote.revision)));
        return dependents;
    }

    /**
     * Keeps an edited article's quotes true to it: each live quote moves to the block that now holds its
     * words (a write of the quote, by the article's editor), and its speaker must still be quoted in the
     * article. What the edit would break is a 400.
     *
     * @param blockTexts the text of each body block in order, null for blocks that hold no quotable text
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followArticleEdit(UUID articleId, List<String> blockTexts, Set<UUID> quotedPeople, Caller editor) {
        List<Quote> live = quotes.findByArticle(articleId);
        for (Quote quote : live) {
            if (!quotedPeople.contains(quote.person.id)) {
                throw ProblemException.invalidField("people", quote.person.name
                        + " has quotes in this article: keep them quoted, or delete the quotes first");
            }
            int block = blockHolding(blockTexts, quote.text.strip(), quote.blockIndex);
            if (block < 0) {
                throw ProblemException.invalidField("body", "the quote \"" + quote.text
                        + "\" would no longer stand in the body: keep its words, or edit or delete the quote first");
            }
            if (block != quote.blockIndex) {
                pipeline.follow(this, quote, Operation.UPDATE, moved -> moved.blockIndex = block, editor);
            }
        }
    }

    /** The block the words stand in: the same one if they still do, else the first that holds them; -1 for none. */
    private static int blockHolding(List<String> blockTexts, String words, int previous) {
        if (previous < blockTexts.size() && blockTexts.get(previous) != null && blockTexts.get(previous).contains(words)) {
            return previous;
        }
        for (int i = 0; i < blockTexts.size(); i++) {
            if (blockTexts.get(i) != null && blockTexts.get(i).contains(words)) {
                return i;
            }
        }
        return -1;
    }

    /** Editors see every quote that is not deleted, the public only those of public articles. */
    QuoteDetail get(UUID id, boolean editor) {
        Optional<Quote> quote = editor ? quotes.findLiveById(id) : quotes.findPublicById(id, clock.instant(), Audience.of(identity));
        return QuoteDetail.from(quote.orElseThrow(() -> notFound(id)));
    }

    @Override
    public List<UUID> publishedIdsAfter(UUID after, int limit, Audience audience) {
        return quotes.publicIdsAfter(after, limit, clock.instant(), audience);
    }

    @Override
    public Optional<QuoteDetail> published(UUID id, Audience audience) {
        return quotes.findPublicById(id, clock.instant(), audience).map(QuoteDetail::from);
    }

    /**
     * A quote of a deleted article is deleted with it: it can never be public again. One the public sees but
     * a partner does not is outside the partner's rights to its article.
     */
    @Override
    public Optional<Withdrawn> withdrawn(UUID id, Audience audience) {
        boolean seenByThePublic = audience.isPartner() && quotes.findPublicById(id, clock.instant(), Audience.PUBLIC).isPresent();
        return quotes.findByIdOptional(id).map(quote -> new Withdrawn(null, quote.revision, seenByThePublic
                ? Withdrawn.Reason.OUT_OF_SCOPE : Withdrawn.Reason.of(quote.isDeleted() || quote.article.isDeleted())));
    }

    @Transactional
    QuoteDetail create(QuoteInput input) {
        return QuoteDetail.from(pipeline.create(this, input));
    }

    @Transactional
    QuoteDetail replace(UUID id, String ifMatch, QuoteInput input) {
        return QuoteDetail.from(pipeline.replace(this, id.toString(), ifMatch, input));
    }

    @Transactional
    QuoteDetail patch(UUID id, String ifMatch, byte[] mergePatch) {
        return QuoteDetail.from(pipeline.patch(this, id.toString(), ifMatch, mergePatch));
    }

    /** A soft delete: the quote leaves every public read, its row stays as a tombstone. */
    @Transactional
    void delete(UUID id, String ifMatch) {
        pipeline.delete(this, id.toString(), ifMatch);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.QUOTE;
    }

    @Override
    public Class<QuoteInput> inputType() {
        return QuoteInput.class;
    }

    @Override
    public Quote newEntity() {
        return new Quote();
    }

    /** Quotes have no slug: the key is the id the resource bound from the path. */
    @Override
    public Quote findLive(String id) {
        return quotes.findLiveById(UUID.fromString(id)).orElseThrow(() -> notFound(UUID.fromString(id)));
    }

    @Override
    public QuoteInput inputOf(Quote quote) {
        return QuoteInput.from(quote);
    }

    /** Quotes stand in their article's words; the article's quotes are renumbered by the write, so it is locked first. */
    @Override
    public void apply(Quote quote, QuoteInput input) {
        quotes.lockArticles(quote.article == null ? List.of(input.articleId()) : List.of(quote.article.id, input.articleId()));
        String text = input.text().strip();
        Article article = quotes.findLiveArticle(input.articleId()).orElse(null);
        Person person = quotes.findPerson(input.personId()).orElse(null);
        ArticlePerson quoted = check(input, text, article, person);
        if (quote.article == null || !quote.article.id.equals(article.id)) {
            quote.position = quotes.nextPosition(article.id);
        }
        quote.text = text;
        quote.person = person;
        quote.article = article;
        quote.blockIndex = input.blockIndex();
        quote.title = input.title() != null ? input.title() : quoted.title;
        quote.affiliation = input.affiliation() != null ? input.affiliation() : quoted.affiliation;
    }

    @Override
    public void prepareDelete(Quote quote) {
        quotes.lockArticles(List.of(quote.article.id));
    }

    /** Renumbers the quotes of its article, and of the article it left, in reading order. */
    @Override
    public void written(Quote quote, QuoteInput before) {
        quotes.renumber(quote.article.id);
        if (before != null && !before.articleId().equals(quote.article.id)) {
            quotes.renumber(before.articleId());
        }
        quotes.getEntityManager().refresh(quote);
    }

    /** A quote is listed on its article's page and among its speaker's quotes. */
    @Override
    public Set<String> listedIn(Quote quote) {
        return Set.of(ContentKind.ARTICLE.tag(quote.article.id), ContentKind.PERSON.tag(quote.person.id));
    }

    @Override
    public Map<String, Object> describe(Quote quote) {
        return Map.of("article", quote.article.slug, "person", quote.person.slug);
    }

    /**
     * The quote must stand in its article: the words in the block named, the speaker among those the article
     * quotes. Answers the speaker's entry in the article; a 400 that names every field that does not fit.
     */
    private ArticlePerson check(QuoteInput input, String text, Article article, Person person) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ArticlePerson quoted = null;
        if (article == null) {
            errors.add(new Problem.FieldError("articleId", "no article has this id"));
        } else {
            checkBlock(article, input.blockIndex(), text).ifPresent(errors::add);
            quoted = article.people.stream()
                    .filter(p -> p.role == PersonRole.QUOTED && p.person.id.equals(input.personId()))
                    .findFirst().orElse(null);
        }
        if (person == null) {
            errors.add(new Problem.FieldError("personId", "no person has this id"));
        } else if (article != null && quoted == null) {
            errors.add(new Problem.FieldError("personId", "must be quoted in the article"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return quoted;
    }

    private Optional<Problem.FieldError> checkBlock(Article article, int blockIndex, String text) {
        List<BodyBlock> body = parseBody(article);
        if (blockIndex >= body.size()) {
            return Optional.of(new Problem.FieldError("blockIndex",
                    "must be less than " + body.size() + ", the number of blocks in the article's body"));
        }
        String blockText;
        if (body.get(blockIndex) instanceof BodyBlock.Paragraph paragraph) {
            blockText = paragraph.text();
        } else if (body.get(blockIndex) instanceof BodyBlock.PullQuote pullQuote) {
            blockText = pullQuote.text();
        } else {
            return Optional.of(new Problem.FieldError("blockIndex", "must point at a paragraph or a pull quote"));
        }
        if (blockText == null || !blockText.contains(text)) {
            return Optional.of(new Problem.FieldError("text", "must stand word for word in block " + blockIndex));
        }
        return Optional.empty();
    }

    private List<BodyBlock> parseBody(Article article) {
        try {
            return mapper.readValue(article.body, BLOCKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article " + article.id + " has a body that is not valid blocks", e);
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No quote has the id '" + id + "'.");
    }
}
