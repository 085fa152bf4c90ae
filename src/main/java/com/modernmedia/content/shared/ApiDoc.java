package com.modernmedia.content.shared;

/** Texts that the OpenAPI annotations of every resource share, so the docs say one thing one way. */
public final class ApiDoc {

    private ApiDoc() {
    }

    public static final String FIELDS = "Comma-separated fields to return; dotted paths select fields of embedded "
            + "relations, e.g. headline,authors.name. Unknown fields are a 400.";
    public static final String SLUG_OR_ID = "The slug or the UUID; an old slug answers 301 to the current one";

    public static final String SECURITY_SCHEME = "apiKey";
    public static final String UNAUTHORIZED = "No API key, or a key that is unknown, expired or revoked; "
            + "WWW-Authenticate says how to authenticate";
    public static final String FORBIDDEN = "The key's role may not do this";
    public static final String UNSUPPORTED_MEDIA_TYPE = "The body is not of a media type this operation takes";

    public static final String OK_PAGE = "A page of the list. The Link header (rel=next) carries the URL of the next page.";
    public static final String NOT_MODIFIED = "The client's copy (If-None-Match / If-Modified-Since) is current; no body";
    public static final String MOVED = "The slug changed; Location holds the URL with the current slug";
    public static final String BAD_REQUEST = "A parameter is invalid; 'errors' names it and says why";
    public static final String NOT_FOUND = "Nothing public has that slug or id";
    public static final String NOT_ACCEPTABLE = "The Accept header does not allow application/json";
    public static final String SERVER_ERROR = "A bug: the body names the incident, never a stack trace";

    public static final String BAD_LIMIT_EXAMPLE = """
            {"type":"https://content-api.modernmedia.example/problems/invalid-parameter","title":"Invalid parameter",\
            "status":400,"detail":"Query parameter 'limit' is invalid: must be a whole number from 1 to 100, got '500'",\
            "instance":"/api/v1/articles","errors":[{"field":"limit","message":"must be a whole number from 1 to 100, got '500'"}]}""";
    public static final String NOT_FOUND_EXAMPLE = """
            {"type":"https://content-api.modernmedia.example/problems/not-found","title":"Not Found","status":404,\
            "detail":"No published article has the slug 'no-such-story'.","instance":"/api/v1/articles/no-such-story"}""";
}
