package com.modernmedia.content.shared;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NegotiationTest {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
    private static final MediaType LD = MediaType.valueOf("application/ld+json");
    private static final MediaType NINJS = MediaType.valueOf("application/json; profile=\"http://iptc.org/std/ninjs/3.1\"");
    private static final List<MediaType> OFFERED = List.of(JSON, LD, NINJS);

    @Test
    void shouldAnswerTheFirstOfferToAClientThatSendsNoAcceptOrAcceptsAnything() {
        assertEquals(JSON, Negotiation.choose(null, OFFERED));
        assertEquals(JSON, Negotiation.choose(List.of("*/*"), OFFERED));
        assertEquals(JSON, Negotiation.choose(List.of("application/*"), OFFERED));
    }

    @Test
    void shouldPreferTheHigherQualityThenTheMoreSpecificRange() {
        assertEquals(LD, Negotiation.choose(List.of("application/json;q=0.5, application/ld+json"), OFFERED));
        assertEquals(LD, Negotiation.choose(List.of("*/*;q=0.1, application/ld+json;q=0.2"), OFFERED));
        // the specific range refuses what the wildcard would take
        assertEquals(LD, Negotiation.choose(List.of("*/*, application/json;q=0"), OFFERED));
        assertEquals(LD, Negotiation.choose(List.of("text/html", "application/ld+json"), OFFERED));
    }

    @Test
    void shouldMatchAProfileOnlyToTheOfferOfThatProfile() {
        assertEquals(NINJS, Negotiation.choose(List.of("application/json; profile=\"http://iptc.org/std/ninjs/3.1\""), OFFERED));
        assertEquals(JSON, Negotiation.choose(List.of("application/json"), OFFERED));
        assertTrue(Negotiation.preferred(List.of("application/json; profile=\"http://example.com/other\""), OFFERED).isEmpty());
    }

    @Test
    void shouldIgnoreRangesThatDoNotParse() {
        assertEquals(LD, Negotiation.choose(List.of("not a type, application/ld+json;q=abc, application/ld+json;q=0.3"), OFFERED));
        assertEquals(JSON, Negotiation.choose(List.of(";;;"), OFFERED));
    }

    @Test
    void shouldRefuseWithTheOffersNamedWhenNoneIsAccepted() {
        ProblemException refused = assertThrows(ProblemException.class, () -> Negotiation.choose(List.of("text/html"), OFFERED));
        assertEquals(406, refused.status());
        assertTrue(refused.getMessage().contains("application/json, application/ld+json, "
                + "application/json; profile=\"http://iptc.org/std/ninjs/3.1\""), refused.getMessage());
    }
}
