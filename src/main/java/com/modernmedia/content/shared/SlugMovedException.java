package com.modernmedia.content.shared;

/**
 * A resource was asked for by a slug it no longer has. Answered with a 301 to
 * the same URL with the current slug, so old links keep working.
 */
public class SlugMovedException extends RuntimeException {

    private final String oldSlug;
    private final String currentSlug;

    public SlugMovedException(String oldSlug, String currentSlug) {
        super("slug '" + oldSlug + "' moved to '" + currentSlug + "'", null, false, false);
        this.oldSlug = oldSlug;
        this.currentSlug = currentSlug;
    }

    public String oldSlug() {
        return oldSlug;
    }

    public String currentSlug() {
        return currentSlug;
    }
}
