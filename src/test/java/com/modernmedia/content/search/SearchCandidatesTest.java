package com.modernmedia.content.search;

import com.modernmedia.content.Fixtures;
import com.modernmedia.content.Fixtures.Ref;
import com.modernmedia.content.article.ArticleFilter;
import com.modernmedia.content.shared.Audience;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bounded set of candidates a search scores: what keeps a common word fast, and what it still finds. */
@QuarkusTest
class SearchCandidatesTest {

    private static final ArticleFilter NO_FILTER = new ArticleFilter(null, null, null, null, null, null, null);
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Inject
    Fixtures fixtures;

    @Inject
    SearchRepository search;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    private List<UUID> ranked(int candidates) {
        return QuarkusTransaction.requiringNew().call(() -> search.ranked("avalanche", NO_FILTER, candidates, NOW, null, null,
                100, NOW, Audience.PUBLIC)).stream().map(SearchRepository.Ranked::id).toList();
    }

    @Test
    void shouldScoreTheNewestMatchesAndTheNewestHeadlineMatchesOnly() {
        Ref oldHeadline = fixtures.article("Avalanche season ends").paragraph("Snow melts.").publishAt(Instant.parse("2020-01-01T00:00:00Z"));
        Ref oldestBody = fixtures.article("Report one").paragraph("An avalanche came down.").publishAt(Instant.parse("2024-01-01T00:00:00Z"));
        Ref olderBody = fixtures.article("Report two").paragraph("An avalanche came down.").publishAt(Instant.parse("2024-02-01T00:00:00Z"));
        Ref newerBody = fixtures.article("Report three").paragraph("An avalanche came down.").publishAt(Instant.parse("2024-03-01T00:00:00Z"));
        Ref newestBody = fixtures.article("Report four").paragraph("An avalanche came down.").publishAt(Instant.parse("2024-04-01T00:00:00Z"));
        fixtures.article("Report five").paragraph("An avalanche is coming.").publishAt(Instant.parse("2026-07-01T00:00:00Z"));

        // Two candidates of each kind: the two newest matches published by the scoring time, and the newest headline
        // matches, however old; the body matches between them are not scored.
        assertEquals(List.of(oldHeadline.id(), newestBody.id(), newerBody.id()), ranked(2));
        // With room for every match, every match is ranked.
        assertEquals(List.of(oldHeadline.id(), newestBody.id(), newerBody.id(), olderBody.id(), oldestBody.id()), ranked(100));
    }
}
