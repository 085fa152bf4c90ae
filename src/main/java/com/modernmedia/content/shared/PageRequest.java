package com.modernmedia.content.shared;

/**
 * What a client asked of a list: page size, where to continue, and whether to
 * count the whole list. Parsed here so every list rejects bad input alike.
 */
public record PageRequest(int limit, String cursor, boolean withTotal) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Cursors the service makes are far shorter. */
    public static final int MAX_CURSOR_LENGTH = 500;

    public static PageRequest of(String limit, String cursor, String total) {
        if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
            throw CursorCodec.invalid();
        }
        return new PageRequest(parseLimit(limit, DEFAULT_LIMIT, MAX_LIMIT), cursor, parseBoolean("total", total));
    }

    /** The first page of a list embedded in another resource. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null, false);
    }

    /** Where to continue: the decoded cursor of a list of that kind, or null for the first page. */
    public Cursor after(String cursorKind) {
        return CursorCodec.decode(cursorKind, cursor);
    }

    /** For a list answered in one page (a ranked search): a cursor cannot continue it. */
    public void refuseCursor() {
        if (cursor != null) {
            throw ProblemException.invalidParameter("cursor", "a search answers in one page; leave cursor out");
        }
    }

    /** A limit= of a list whose pages may be longer or shorter than the usual ones (the sync API's). */
    public static int parseLimit(String limit, int defaultLimit, int maxLimit) {
        if (limit == null || limit.isBlank()) {
            return defaultLimit;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= maxLimit) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like an out-of-range number
        }
        throw ProblemException.invalidParameter("limit", "must be a whole number from 1 to " + maxLimit + ", got '" + limit + "'");
    }

    public static boolean parseBoolean(String name, String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.isEmpty()) {
            return true;
        }
        throw ProblemException.invalidParameter(name, "must be true or false, got '" + value + "'");
    }
}
