package com.modernmedia.content.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * If-Match on writes, so no edit is lost: every write names the revision it
 * was made against; a missing header is a 428, another revision a 412.
 */
public final class Preconditions {

    /** As documented (components/parameters/IfMatch): room for a list of a few ETags. */
    static final int MAX_IF_MATCH_LENGTH = 1000;

    private static final Pattern REVISION_TAG = Pattern.compile("(?:W/)?\"r(\\d+)-[^\"]*\"");

    private Preconditions() {
    }

    /** Checks the If-Match header against the current revision of the resource. */
    public static void checkIfMatch(String ifMatch, int currentRevision) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(currentRevision);
        }
        if (ifMatch.length() > MAX_IF_MATCH_LENGTH) {
            throw ProblemException.invalidHeader("If-Match", "must have at most " + MAX_IF_MATCH_LENGTH + " characters");
        }
        boolean matches = ifMatch.strip().equals("*") || Arrays.stream(ifMatch.split(","))
                .map(tag -> REVISION_TAG.matcher(tag.strip()))
                .filter(Matcher::matches)
                .anyMatch(tag -> tag.group(1).equals(String.valueOf(currentRevision))); // no number to overflow
        if (!matches) {
            throw stale(currentRevision);
        }
    }

    /** Someone else's edit landed first. */
    public static ProblemException stale(int currentRevision) {
        return ProblemException.staleRevision(currentRevision);
    }

    /** The strong ETag of a representation: its revision when it has one, and a hash of its bytes. */
    public static String etag(Object entity, byte[] body) {
        return etag(entity instanceof Versioned versioned ? versioned.revision() : null, body);
    }

    /** The strong ETag of a representation of this revision (null: of something unversioned) with these bytes. */
    public static String etag(Integer revision, byte[] body) {
        return revision != null ? "\"r" + revision + "-" + hashOf(body) + "\"" : "\"" + hashOf(body) + "\"";
    }

    private static String hashOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
