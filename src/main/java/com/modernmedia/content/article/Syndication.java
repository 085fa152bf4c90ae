package com.modernmedia.content.article;

import com.modernmedia.content.model.Article;
import com.modernmedia.content.model.Image;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.PublishedKind.Withdrawn;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Who may republish an article, where and when. Partners' keys see it only as these allow; the public is not affected. */
@Schema(name = "Syndication", description = "Syndication rights: partners' keys see the article (in lists, single reads and "
        + "sync) only while these allow it; the public is not affected. When absent from an input, the article is open to "
        + "every partner.")
public record Syndication(
        @Schema(description = "Whether partners may republish it at all", examples = "true") @NotNull Boolean allowed,
        @Schema(description = "Only these partners, by the name of their API key; empty: every partner",
                examples = "[\"northwind-news\"]")
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 100) String> partners,
        @Schema(description = "Only partners whose key is of one of these regions (ISO 3166-1 alpha-2); empty: every region",
                examples = "[\"GB\", \"IE\"]")
        @NotNull @Size(max = 250) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals, such as GB") String> regions,
        @Schema(description = "Whether the partners it is open to get its text (body, body images and quotes); false "
                + "gives them a teaser: headline, dek, byline, topics, hero image and links, and feeds the summary only. "
                + "Absent from an input: true", nullable = true, defaultValue = "true", examples = "true") Boolean fullText,
        @Schema(description = "Partners do not see it before this time", nullable = true, examples = "2025-01-03T12:00:00Z")
        Instant embargoUntil,
        @Schema(description = "Partners no longer see it from this time: their sync gets a rights-expired tombstone",
                nullable = true, examples = "2026-01-03T00:00:00Z") Instant expiresAt) {

    /** Open to every partner, at once and for ever: what an article has until an editor says otherwise. */
    static final Syndication OPEN = new Syndication(true, List.of(), List.of(), true, null, null);

    static Syndication of(Article article) {
        return new Syndication(article.syndicationAllowed, List.of(article.syndicationPartners),
                List.of(article.syndicationRegions), article.syndicationFullText, article.embargoUntil, article.syndicationExpiresAt);
    }

    void applyTo(Article article) {
        article.syndicationAllowed = allowed;
        article.syndicationPartners = partners.stream().map(String::strip).distinct().toArray(String[]::new);
        article.syndicationRegions = regions.stream().distinct().toArray(String[]::new);
        article.syndicationFullText = fullText == null || fullText;
        article.embargoUntil = embargoUntil;
        article.syndicationExpiresAt = expiresAt;
    }

    /** Whether the partner may see the article now: Visibility.SYNDICATED, for an article already loaded (a related one). */
    boolean allows(Audience partner, Instant now) {
        return allowed && (embargoUntil == null || !embargoUntil.isAfter(now)) && (expiresAt == null || expiresAt.isAfter(now))
                && (partners.isEmpty() || partners.contains(partner.partner()))
                && (regions.isEmpty() || regions.contains(partner.region()));
    }

    /** Whether the audience gets the article's text: the public always, a partner unless it has a teaser right. */
    public static boolean givesText(Article article, Audience audience) {
        return !audience.isPartner() || article.syndicationFullText;
    }

    /** The image as the audience may see it: none for a partner when it is not cleared for syndication. */
    static ImageView shown(Image image, Audience audience) {
        return image == null || !image.syndicationCleared && audience.isPartner() ? null : ImageView.from(image);
    }

    /** Why a public article is withheld from this partner, as Visibility.SYNDICATED decides it. */
    Withdrawn.Reason reasonWithheld(Audience partner, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return Withdrawn.Reason.RIGHTS_EXPIRED;
        }
        if (embargoUntil != null && embargoUntil.isAfter(now)) {
            return Withdrawn.Reason.EMBARGOED;
        }
        return Withdrawn.Reason.OUT_OF_SCOPE;
    }
}
