package com.modernmedia.content.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.article.Article;
import com.modernmedia.content.article.ArticlePerson;
import com.modernmedia.content.article.BodyBlock;
import com.modernmedia.content.article.PersonRole;
import com.modernmedia.content.audit.AuditLog;
import com.modernmedia.content.person.Person;
import com.modernmedia.content.shared.CacheInvalidation;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.Preconditions;
import com.modernmedia.content.shared.Problem;
import com.modernmedia.content.shared.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Quotes: the public reads serve only quotes of public articles; editors write them, each in its article's words. */
@ApplicationScoped
public class QuoteService {

    static final String KIND = "quote";

    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {
    };

    private final QuoteRepository quotes;
    private final MergePatch patches;
    private final AuditLog audit;
    private final CacheInvalidation invalidation;
    private final ObjectMapper mapper;

    public QuoteService(QuoteRepository quotes, MergePatch patches, AuditLog audit, ObjectMapper mapper,
                        CacheInvalidation invalidation) {
        this.quotes = quotes;
        this.patches = patches;
        this.audit = audit;
        this.invalidation = invalidation;
        this.mapper = mapper;
    }

    public Page<QuoteView> list(QuoteFilter filter, PageRequest page) {
        Instant now = Instant.now();
        List<Quote> found = quotes.listPublic(filter, page.after(QuoteRepository.CURSOR_KIND), page.limit() + 1, now);
        Long total = page.withTotal() ? quotes.countPublic(filter, now) : null;
        return Page.of(found, page.limit(),
                q -> CursorCodec.encode(QuoteRepository.CURSOR_KIND, q.article.publishedAt, q.article.id, q.position),
                QuoteView::from, total);
    }

    /** The quotes of an article the caller has already found public, in reading order. */
    public List<QuoteView> forArticle(UUID articleId) {
        return quotes.findByArticle(articleId).stream().map(QuoteView::from).toList();
    }

    /**
     * Keeps an edited article's quotes true to it: each live quote moves to the block that now holds its
     * words, and its speaker must still be quoted in the article. What the edit would break is a 400.
     *
     * @param blockTexts the text of each body block in order, null for blocks that hold no quotable text
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followArticleEdit(UUID articleId, List<String> blockTexts, Set<UUID> quotedPeople) {
        List<Quote> live = quotes.findByArticle(articleId);
        boolean moved = false;
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
            moved |= block != quote.blockIndex;
            quote.blockIndex = block;
        }
        if (moved) {
            quotes.lockArticles(List.of(articleId));
            quotes.flush();
            quotes.renumber(articleId);
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
        Optional<Quote> quote = editor ? quotes.findLiveById(id) : quotes.findPublicById(id, Instant.now());
        return QuoteDetail.from(quote.orElseThrow(() -> notFound(id)));
    }

    @Transactional
    QuoteDetail create(QuoteInput input) {
        quotes.lockArticles(List.of(input.articleId()));
        Quote quote = new Quote();
        quote.id = UUID.randomUUID();
        quote.revision = 1;
        quote.createdAt = Instant.now();
        apply(quote, input);
        quotes.persist(quote);
        audit.record("create", KIND, quote.id, auditDetail(quote));
        invalidation.changed(KIND, quote.id, List.of("article-" + quote.article.id, "person-" + quote.person.id));
        return renumbered(quote, quote.article.id);
    }

    @Transactional
    QuoteDetail replace(UUID id, String ifMatch, QuoteInput input) {
        Quote quote = find(id);
        Preconditions.checkIfMatch(ifMatch, quote.revision);
        UUID before = quote.article.id;
        UUID saidBy = quote.person.id;
        quotes.lockArticles(List.of(before, input.articleId()));
        apply(quote, input);
        audit.record("update", KIND, quote.id, auditDetail(quote));
        // A moved quote leaves pages of the article and person it had as well as joining the new ones.
        invalidation.changed(KIND, quote.id, List.of("article-" + before, "person-" + saidBy,
                "article-" + quote.article.id, "person-" + quote.person.id));
        return renumbered(quote, before);
    }

    @Transactional
    QuoteDetail patch(UUID id, String ifMatch, String mergePatch) {
        Quote quote = find(id);
        return replace(id, ifMatch, patches.apply(QuoteInput.from(quote), mergePatch, QuoteInput.class));
    }

    /** A soft delete: the quote leaves every public read, its row stays as a tombstone. */
    @Transactional
    void delete(UUID id, String ifMatch) {
        Quote quote = find(id);
        Preconditions.checkIfMatch(ifMatch, quote.revision);
        quotes.lockArticles(List.of(quote.article.id));
        quote.deletedAt = Instant.now();
        quote.updatedAt = quote.deletedAt;
        audit.record("delete", KIND, quote.id, auditDetail(quote));
        invalidation.changed(KIND, quote.id, List.of("article-" + quote.article.id, "person-" + quote.person.id));
        quotes.flush();
        quotes.renumber(quote.article.id);
    }

    /** Writes the quote, renumbers its article and the one it left, and answers with its new state. */
    private QuoteDetail renumbered(Quote quote, UUID articleBefore) {
        quotes.flush();
        quotes.renumber(quote.article.id);
        if (!articleBefore.equals(quote.article.id)) {
            quotes.renumber(articleBefore);
        }
        quotes.getEntityManager().refresh(quote);
        return QuoteDetail.from(quote);
    }

    private void apply(Quote quote, QuoteInput input) {
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
        quote.updatedAt = Instant.now();
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
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new ProblemException(400, "validation", "Validation failed",
                    "The request has " + errors.size() + " invalid field(s); see errors.", errors);
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

    private static Map<String, String> auditDetail(Quote quote) {
        return Map.of("article", quote.article.slug, "person", quote.person.slug);
    }

    private Quote find(UUID id) {
        return quotes.findLiveById(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No quote has the id '" + id + "'.");
    }
}
