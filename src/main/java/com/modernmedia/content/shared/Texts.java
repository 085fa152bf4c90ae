package com.modernmedia.content.shared;

/**
 * What text the service takes from a client: no NUL (PostgreSQL cannot store it) and no half of a surrogate
 * pair (not Unicode at all). Path, query, headers and bodies are all held to it.
 */
public final class Texts {

    private Texts() {
    }

    /** Why the text cannot be taken, or null when it can. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain a NUL character";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "must be valid Unicode text (it holds half of a surrogate pair)";
            }
        }
        return null;
    }
}
