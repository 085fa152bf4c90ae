package com.modernmedia.content.shared;

/**
 * Texts that the OpenAPI annotations of every resource share, so the docs say
 * one thing one way. Reusable error responses live in META-INF/openapi.yaml.
 */
public final class ApiDoc {

    private ApiDoc() {
    }

    public static final String SECURITY_SCHEME = "apiKey";
    /** A path segment that is a slug or an id: at most a slug's length. */
    public static final int SLUG_OR_ID_MAX = QueryParams.MAX_SLUG_LENGTH;
    /** The shape of a slug, as the database checks it too. */
    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /** Longest time or date taken in a query: an ISO-8601 time with fractions and offset fits. */
    public static final int TIME_MAX = QueryParams.MAX_TIME_LENGTH;
    /** Longest fields= taken. */
    public static final int FIELDS_MAX = FieldSelection.MAX_LENGTH;
    /** Longest include= taken. */
    public static final int INCLUDE_MAX = QueryParams.MAX_INCLUDE_LENGTH;
    /** Longest q= of a name search. */
    public static final int NAME_QUERY_MAX = QueryParams.MAX_NAME_QUERY_LENGTH;
    public static final String NAME_QUERY = "Names to find, as typed so far: a word of the name that starts with it or resembles it "
            + "(typos forgiven, accents and case ignored) matches. The matches come best first, then by name, in one page of at "
            + "most limit items (next is null, cursor is refused).";

    /** Marks an operation that answers whatever the Accept header says (no 406); ApiContract removes it. */
    public static final String ANY_ACCEPT = "x-any-accept";

    /** Headers documented once, in META-INF/openapi.yaml (components/parameters). */
    public static final String IF_MATCH = "IfMatch";
    public static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    public static final String FIELDS = "Comma-separated fields to return; dotted paths select fields of embedded "
            + "relations, e.g. headline,authors.name. Unknown fields are a 400.";
    public static final String SLUG_OR_ID = "The slug or the UUID; an old slug answers 301 to the current one";

    public static final String OK_PAGE = "A page of the list. The Link header (rel=next) carries the URL of the next page.";
    public static final String OK_PAGE_WITH_FEEDS = OK_PAGE + " Links with rel=alternate name the feed of the same articles "
            + "in each format (RSS, Atom, JSON Feed), where there is one.";
    public static final String CREATED = "Created; Location is its URL, ETag its version for the next If-Match";
    public static final String WRITTEN = "The new version (or, when the write changed nothing, the current one with its "
            + "revision and ETag unchanged); its ETag is what the next If-Match sends";

    /** Ids and slugs of the demo magazine, so that every example can be tried against it in Swagger UI. */
    public static final class Demo {

        private Demo() {
        }

        public static final String ARTICLE = "soleimani-and-the-united-states-worked-together-to-beat-isis";
        public static final String ARTICLE_ID = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4";
        /** A draft: publishing it, replacing it or deleting it leaves the flagship alone. */
        public static final String DRAFT = "mapping-glacier-lakes";
        public static final String DRAFT_ID = "84d9a9bc-e89f-4ff9-915d-dfd151b34a20";
        public static final String TOPIC = "iran";
        public static final String TOPIC_ID = "eb2e6d03-b451-447d-ab99-6379c402c6cc";
        public static final String PARENT_TOPIC_ID = "1fd544b1-2afa-4f61-be0d-60dccd18f605";
        /** Nothing uses it, so it can be deleted. */
        public static final String UNUSED_TOPIC = "podcasts";
        public static final String PERSON = "arshin-adib-moghaddam";
        public static final String PERSON_ID = "05f364a4-5416-429f-b25c-1b85da5c3ddc";
        public static final String AUTHOR = "philip-kowalski";
        public static final String AUTHOR_ID = "cefbbc3e-caaa-481c-b617-9484c33dc9db";
        public static final String UNUSED_PERSON = "ines-carvalho";
        public static final String IMAGE_ID = "61ae79be-1887-4e67-8068-974e89845ff8";
        public static final String UNUSED_IMAGE_ID = "21fb413f-a71d-4de3-8b98-891b6f6663f1";
        public static final String QUOTE_ID = "ff787ff5-b1a5-4cce-acee-9cde06094b7d";
        /** A partner key the demo magazine keeps revoked: shown and revoked (again) without harm. */
        public static final String RETIRED_KEY_ID = "3f0c9b7e-5a2d-4c8e-9b61-7d2e4a1c8f35";
        /** A webhook endpoint and one of its deliveries; not in the demo magazine (dev would send to it), tests add them. */
        public static final String WEBHOOK_ID = "7c1f3a52-0d4e-4b8a-9e61-2f5a8c3d9b10";
        public static final String WEBHOOK_DELIVERY_ID = "4d2e8f61-3b7a-4c95-8e1d-6a0f2b9c7e53";
    }
}
