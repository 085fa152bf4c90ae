package com.modernmedia.content.shared;

import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proactive content negotiation (RFC 9110, 12.5.1) for resources with several representations: the offered
 * type the Accept header prefers, by quality, then by how specific the range that names it is, then in the
 * order the resource offers them (its first is its default, for a client that sends no Accept). A range with a
 * {@code profile} parameter (RFC 6906) names only the offer of that profile; one without names every profile of
 * its type. The representation filter and the resources call the same method, so a kept answer is always the
 * one the resource would have chosen.
 */
public final class Negotiation {

    private static final String QUALITY = "q";
    private static final String PROFILE = "profile";

    private record Range(MediaType type, double quality, int specificity) {
    }

    private Negotiation() {
    }

    /** The offer the Accept headers prefer; a 406 problem listing the offers when they accept none of them. */
    public static MediaType choose(List<String> accept, List<MediaType> offered) {
        return preferred(accept, offered).orElseThrow(() -> ProblemException.notAcceptable(offered));
    }

    /** The offer the Accept headers prefer, if they accept one. An absent or unreadable header accepts any. */
    public static Optional<MediaType> preferred(List<String> accept, List<MediaType> offered) {
        List<Range> ranges = ranges(accept);
        if (ranges.isEmpty()) {
            return Optional.of(offered.get(0));
        }
        MediaType best = null;
        double bestQuality = 0;
        for (MediaType offer : offered) {
            double quality = qualityOf(offer, ranges);
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality of the most specific range that matches the offer (0: none does, or it is refused). */
    private static double qualityOf(MediaType offer, List<Range> ranges) {
        Range match = null;
        for (Range range : ranges) {
            if (matches(range.type(), offer) && (match == null || range.specificity() > match.specificity())) {
                match = range;
            }
        }
        return match == null ? 0 : match.quality();
    }

    private static boolean matches(MediaType range, MediaType offer) {
        String profile = range.getParameters().get(PROFILE);
        return (range.isWildcardType() || range.getType().equalsIgnoreCase(offer.getType()))
                && (range.isWildcardSubtype() || range.getSubtype().equalsIgnoreCase(offer.getSubtype()))
                && (profile == null || profile.equals(offer.getParameters().get(PROFILE)));
    }

    private static List<Range> ranges(List<String> accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null) {
            return ranges;
        }
        for (String header : accept) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    range(part.strip()).ifPresent(ranges::add);
                }
            }
        }
        return ranges;
    }

    /** A media range; one that does not parse is ignored, as RFC 9110 lets a server do with a bad Accept. */
    private static Optional<Range> range(String text) {
        try {
            MediaType type = MediaType.valueOf(text);
            String q = type.getParameters().get(QUALITY);
            double quality = q == null ? 1 : Double.parseDouble(q);
            if (Double.isNaN(quality) || quality < 0 || quality > 1) {
                return Optional.empty();
            }
            int specificity = type.isWildcardType() ? 0 : type.isWildcardSubtype() ? 1
                    : type.getParameters().containsKey(PROFILE) ? 3 : 2;
            return Optional.of(new Range(type, quality, specificity));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A media type as Content-Type and the problem name it: the type and its profile, no other parameter. */
    public static String name(MediaType type) {
        String profile = type.getParameters().get(PROFILE);
        String name = type.getType() + "/" + type.getSubtype();
        return profile == null ? name : name + "; " + PROFILE + "=\"" + profile + "\"";
    }
}
