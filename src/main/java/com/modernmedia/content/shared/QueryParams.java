package com.modernmedia.content.shared;

import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parsing of query parameters into values, with a 400 that names the parameter when they are wrong. */
public final class QueryParams {

    private QueryParams() {
    }

    /** The shape of every slug, as the database checks it too. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_SLUG_LENGTH = 200;
    /** Longest time or date taken: 2020-01-07T10:00:00.123456789+01:00 fits. */
    public static final int MAX_TIME_LENGTH = 40;
    /** Longest include= taken: all the relations any resource embeds fit. */
    public static final int MAX_INCLUDE_LENGTH = 100;
    /** Longest q= a name search takes: longer than any name a person would type. */
    public static final int MAX_NAME_QUERY_LENGTH = 100;

    /** A slug naming what to filter by, or null when absent or empty. */
    public static String slug(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String slug = value.strip();
        if (slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            throw ProblemException.invalidParameter(name,
                    "must be a slug: lower-case letters and digits joined by single hyphens, at most " + MAX_SLUG_LENGTH + " characters");
        }
        return slug;
    }

    /**
     * What to search for: null when absent; present, it must hold more than spaces and at most max characters.
     * JAX-RS hands an empty q= over as null, so the request's query tells it from an absent one.
     */
    public static String searchText(String name, String value, UriInfo uri, int max) {
        if (value == null && !uri.getQueryParameters().containsKey(name)) {
            return null;
        }
        return text(name, value, max, "must not be blank; leave it out to list everything");
    }

    /** What to search for where the operation needs it: more than spaces, at most max characters. */
    public static String requiredSearchText(String name, String value, int max) {
        return text(name, value, max, "is required: the words to search for");
    }

    private static String text(String name, String value, int max, String blank) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidParameter(name, blank);
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw ProblemException.invalidParameter(name, "must have at most " + max + " characters");
        }
        return value.strip();
    }

    /** An instant ({@code 2020-01-07T10:00:00Z}) or a date ({@code 2020-01-07}, the start of that day in UTC). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TIME_LENGTH) {
            throw ProblemException.invalidParameter(name, "must have at most " + MAX_TIME_LENGTH + " characters");
        }
        try {
            Instant instant = value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
            if (!TimeRange.contains(instant)) {
                throw ProblemException.invalidParameter(name, TimeRange.RULE + ", got '" + value + "'");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name,
                    "must be an ISO-8601 UTC time such as 2020-01-07T10:00:00Z or a date such as 2020-01-07, got '" + value + "'");
        }
    }

    /** A resource's id, or null when absent. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 36) {
                return UUID.fromString(value.strip());
            }
        } catch (IllegalArgumentException notAnId) {
            // answered below, like a value of another length
        }
        throw ProblemException.invalidParameter(name, "must be a UUID, got '" + value + "'");
    }

    /** A position in a log: a whole number from 0, or null when absent. */
    public static Long position(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(value.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a negative number
        }
        throw ProblemException.invalidParameter(name, "must be a whole number from 0, got '" + value + "'");
    }

    /** One of the allowed lower-case words, or null when absent. */
    public static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(word)) {
            throw ProblemException.invalidParameter(name, "must be one of " + String.join(", ", new TreeSet<>(allowed)) + ", got '" + value + "'");
        }
        return word;
    }

    /** A comma-separated list of the allowed lower-case words, each at most once; empty when absent. */
    public static Set<String> someOf(String name, String value, Set<String> allowed) {
        Set<String> words = new LinkedHashSet<>();
        commaList(name, value).forEach(word -> words.add(oneOf(name, word, allowed)));
        return words;
    }

    /** The items of a comma-separated parameter, stripped, without empty ones. */
    private static Set<String> commaList(String name, String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        if (value.length() > MAX_INCLUDE_LENGTH) {
            throw ProblemException.invalidParameter(name, "must have at most " + MAX_INCLUDE_LENGTH + " characters");
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A comma-separated list of relation names to embed, each one of those the endpoint offers. */
    public static Set<String> include(String value, Set<String> allowed) {
        Set<String> names = commaList("include", value);
        for (String name : names) {
            if (!allowed.contains(name)) {
                throw ProblemException.invalidParameter("include", allowed.isEmpty()
                        ? "this resource embeds no relations, got '" + name + "'"
                        : "unknown relation '" + name + "'; this resource can include " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return names;
    }
}
