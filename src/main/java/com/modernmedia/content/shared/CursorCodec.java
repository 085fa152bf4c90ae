package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Turns keyset positions into opaque URL-safe cursors and back. A cursor names
 * the kind of list it belongs to (articles, people, topics, quotes), so that a
 * cursor of one kind is refused by a list of another; within a kind it is just
 * a position, valid for any filter.
 */
public final class CursorCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private CursorCodec() {
    }

    public static String encode(String kind, Object... values) {
        List<String> parts = new ArrayList<>(values.length + 1);
        parts.add(kind);
        for (Object value : values) {
            parts.add(String.valueOf(value));
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(parts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serializes", e);
        }
    }

    /** The cursor's values after its kind, or null when there is no cursor (the first page). */
    public static Cursor decode(String kind, String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            List<String> parts = JSON.readValue(Base64.getUrlDecoder().decode(cursor.strip()), STRINGS);
            if (parts.size() < 2 || !kind.equals(parts.get(0)) || parts.contains(null)
                    || parts.stream().anyMatch(part -> Texts.refusal(part) != null)) {
                throw invalid();
            }
            return new Cursor(List.copyOf(parts.subList(1, parts.size())));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    public static ProblemException invalid() {
        return ProblemException.invalidParameter("cursor",
                "is not a cursor of this list; pass the 'next' value of a previous page unchanged");
    }
}
