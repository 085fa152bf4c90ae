package com.modernmedia.content.shared;

/**
 * Texts that the OpenAPI annotations of every resource share, so the docs say
 * one thing one way. Reusable error responses live in META-INF/openapi.yaml.
 */
public final class ApiDoc {

    private ApiDoc() {
    }

    public static final String SECURITY_SCHEME = "apiKey";

    public static final String FIELDS = "Comma-separated fields to return; dotted paths select fields of embedded "
            + "relations, e.g. headline,authors.name. Unknown fields are a 400.";
    public static final String SLUG_OR_ID = "The slug or the UUID; an old slug answers 301 to the current one";
    public static final String IDEMPOTENCY_KEY = "Any unique string: a retry with the same key and body returns "
            + "the first answer (Idempotent-Replayed: true) instead of creating a duplicate";
    public static final String IF_MATCH = "The ETag of the version you edited (from a GET or the last write), or *";

    public static final String OK_PAGE = "A page of the list. The Link header (rel=next) carries the URL of the next page.";
    public static final String CREATED = "Created; Location is its URL, ETag its version for the next If-Match";
    public static final String WRITTEN = "The new version; its ETag is what the next If-Match sends";
}
