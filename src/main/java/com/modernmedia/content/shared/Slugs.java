package com.modernmedia.content.shared;

import com.ibm.icu.text.Transliterator;

import java.util.function.Predicate;

/** Slugs made from headlines and names: ASCII, lower case, transliterated (ICU), unique. */
public final class Slugs {

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    private static final int MAX_BASE_LENGTH = QueryParams.MAX_SLUG_LENGTH - 10;

    private Slugs() {
    }

    /** A slug for the text, made unique by a number when {@code taken} says the plain one is. */
    public static String unique(String text, Predicate<String> taken) {
        String base = of(text);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String of(String text) {
        String ascii;
        synchronized (TO_ASCII) { // ICU transliterators are not thread-safe
            ascii = TO_ASCII.transliterate(text);
        }
        String slug = ascii.replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_BASE_LENGTH) {
            slug = slug.substring(0, MAX_BASE_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** A slug a client chose: refused when it could be read as an id, or when {@code taken} says it is. */
    public static void checkFree(ContentKind kind, String slug, Predicate<String> taken) {
        if (looksLikeUuid(slug)) {
            throw ProblemException.invalidField("slug", "must not look like a UUID, which URLs read as an id");
        }
        if (taken.test(slug)) {
            throw ProblemException.slugTaken(kind.value(), slug);
        }
    }

    /** Slugs that could be taken for an id in a URL are refused. */
    public static boolean looksLikeUuid(String slug) {
        return SlugResolver.UUID_SHAPE.matcher(slug).matches();
    }
}
