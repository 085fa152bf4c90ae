package com.modernmedia.content.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.ContentConfig;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every public GET answer goes through once its DTO is built: the
 * {@code fields=} selection, the {@code Link} header of a page, a strong ETag
 * computed from the exact bytes sent, Cache-Control, and 304 for a client whose
 * copy is current. The answer is kept in the {@link RepresentationCache}, which
 * serves the next request for the same URL before any resource runs.
 * Resources stay free of these cross-cutting concerns.
 */
public class RepresentationFilter {

    static final String SURROGATE_KEY = "Surrogate-Key";
    /** Smaller bodies are sent as they are: compressing them saves less than it costs. */
    static final int COMPRESSION_THRESHOLD = 1024;
    private static final String UNCOMPRESSED = "identity";
    private static final String SELECTION = FieldSelection.class.getName();
    private static final String REPRESENTED_TYPE = CacheTags.class.getName();
    private static final String CACHE_GENERATION = RepresentationCache.class.getName();
    private static final String CACHE_KEY = CACHE_GENERATION + ".key";
    private static final String NOT_CACHED = NotCached.class.getName();
    private static final String NEGOTIATED = Negotiation.class.getName();
    /** The headers a kept answer is served with; the same describe a 304 (RFC 9110, 15.4.5). */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.VARY, HttpHeaders.LAST_MODIFIED, SURROGATE_KEY, "Link");
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final String API_ROOT = "/api/v1/";

    private final ObjectMapper mapper;
    private final ContentConfig config;
    private final CacheInvalidation.WrittenTags written;
    private final RepresentationCache cache;
    private final PublicUrl publicUrl;
    private final StoredDocuments documents;
    private final Clock clock;
    private final Map<Method, List<String>> readParameters = new ConcurrentHashMap<>();
    private final Map<Method, List<MediaType>> offers = new ConcurrentHashMap<>();

    public RepresentationFilter(ObjectMapper mapper, ContentConfig config, CacheInvalidation.WrittenTags written,
                                RepresentationCache cache, PublicUrl publicUrl, StoredDocuments documents, Clock clock) {
        this.mapper = mapper;
        this.config = config;
        this.written = written;
        this.cache = cache;
        this.publicUrl = publicUrl;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * A public read whose answer is kept is answered here, on the I/O thread: no resource, no database,
     * no JSON. Otherwise notes the cache's generation, so the answer built next can be kept.
     */
    @ServerRequestFilter(nonBlocking = true, priority = 1) // non-blocking filters must run before all others
    public Response serveKept(ContainerRequestContext request, ResourceInfo resource, HttpServerResponse vertxResponse) {
        if (!isRead(request) || resource.getResourceMethod() == null) {
            return null;
        }
        if (resource.getResourceMethod().isAnnotationPresent(NotCached.class)) {
            request.setProperty(NOT_CACHED, true);
            return null;
        }
        String key = cacheKey(request, resource.getResourceMethod());
        List<MediaType> offered = offers.computeIfAbsent(resource.getResourceMethod(), RepresentationFilter::offeredBy);
        if (offered.size() > 1) {
            Optional<MediaType> variant = Negotiation.preferred(request.getHeaders().get(HttpHeaders.ACCEPT), offered);
            request.setProperty(NEGOTIATED, variant.orElse(null));
            if (variant.isEmpty()) {
                return null; // the resource answers 406
            }
            key = key + " " + Negotiation.name(variant.get()); // one entry per representation
        }
        request.setProperty(CACHE_KEY, key);
        if (!isPublicRead(request)) {
            return null;
        }
        RepresentationCache.Representation kept = cache.find(key);
        if (kept == null) {
            request.setProperty(CACHE_GENERATION, cache.begin());
            return null;
        }
        // Quarkus marks every answer "identity" and lets an endpoint producing JSON lift it; a kept answer
        // is JSON but skips the endpoint, so it lifts the mark itself and Vert.x compresses it for clients that ask.
        if (kept.body().length >= COMPRESSION_THRESHOLD
                && UNCOMPRESSED.equals(vertxResponse.headers().get(HttpHeaders.CONTENT_ENCODING))) {
            vertxResponse.headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
        boolean notModified = isNotModified(request, kept.etag(), kept.headers().get(HttpHeaders.LAST_MODIFIED));
        Response.ResponseBuilder answer = notModified ? Response.notModified()
                : Response.ok(kept.body(), kept.headers().getOrDefault(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON));
        kept.headers().forEach((name, value) -> {
            if (!name.equals(HttpHeaders.CONTENT_TYPE)) {
                answer.header(name, value);
            }
        });
        return answer.build();
    }

    /**
     * The URL a kept answer is found by: the path and the query parameters the operation reads, by name, so
     * that parameters it ignores, their order and the Host header make no new entry (a cache-busting client
     * gets the kept answer). Every read takes fields= and include= (the second only to refuse it where
     * nothing embeds): both are part of the key.
     */
    private String cacheKey(ContainerRequestContext request, Method method) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        StringBuilder key = new StringBuilder(request.getUriInfo().getPath());
        char separator = '?';
        for (String name : readParameters.computeIfAbsent(method, RepresentationFilter::parametersRead)) {
            List<String> values = query.get(name);
            if (values != null) {
                for (String value : values) {
                    key.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                    separator = '&';
                }
            }
        }
        return key.toString();
    }

    /** The media types a read offers, when it declares its own: several for a negotiated resource. */
    private static List<MediaType> offeredBy(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces == null ? List.of() : Arrays.stream(produces.value()).map(MediaType::valueOf).toList();
    }

    /** The query parameters an operation reads, its own and those of its bean parameters, in a fixed order. */
    private static List<String> parametersRead(Method method) {
        Set<String> names = new TreeSet<>(List.of("fields", "include"));
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    QueryParam bean = field.getAnnotation(QueryParam.class);
                    if (bean != null) {
                        names.add(bean.value());
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * Checks {@code fields=} before any work is done, against the type the
     * endpoint answers with, and refuses {@code include=} where nothing can be embedded.
     */
    @ServerRequestFilter
    public void checkShapingParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (!isRead(request) || method == null || request.getProperty(NOT_CACHED) != null) {
            return;
        }
        request.setProperty(REPRESENTED_TYPE, answeredType(method.getGenericReturnType()));
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        String fields = query.getFirst("fields");
        if (fields != null && (answeredType(method.getGenericReturnType()) == Rendered.class || negotiatedAway(request, method))) {
            throw ProblemException.invalidParameter("fields", "is not taken here: it shapes JSON answers of the API's own types");
        }
        if (fields != null) {
            request.setProperty(SELECTION, FieldSelection.parse(fields, representedType(method.getGenericReturnType())));
        }
        if (query.containsKey("include") && !takesInclude(method)) {
            QueryParams.include(query.getFirst("include"), Set.of());
        }
    }

    /**
     * A public read of a {@link Stored} resource that the representation cache missed is answered with the fresh
     * stored document, if there is one: one indexed read. The answer goes through {@link #represent} like any other.
     */
    @ServerRequestFilter(priority = Priorities.USER + 100) // after checkShapingParameters, which parses fields=
    public Response serveStored(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Stored stored = method == null ? null : method.getAnnotation(Stored.class);
        if (stored == null || !config.documents().enabled() || !isPublicRead(request) || !firstVariant(request, method)) {
            return null;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (Arrays.stream(stored.unless()).anyMatch(query::containsKey)) {
            return null;
        }
        String slugOrId = request.getUriInfo().getPathParameters().getFirst(stored.pathParameter());
        return documents.find(stored.value(), slugOrId, clock.instant())
                .map(document -> Response.ok(document).lastModified(Date.from(document.lastModified())).build())
                .orElse(null);
    }

    /** Whether the read answers with its first (or only) media type: the one whose DTO a document holds. */
    private boolean firstVariant(ContainerRequestContext request, Method method) {
        List<MediaType> offered = offers.computeIfAbsent(method, RepresentationFilter::offeredBy);
        return offered.size() <= 1 || offered.get(0).equals(request.getProperty(NEGOTIATED));
    }

    /** A negotiated read answers with the DTO it declares in its first media type only; the others are Rendered. */
    private boolean negotiatedAway(ContainerRequestContext request, Method method) {
        return request.getProperty(NEGOTIATED) instanceof MediaType variant && !variant.equals(offers.get(method).get(0));
    }

    private static boolean takesInclude(Method method) {
        return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(a -> a instanceof QueryParam q && q.value().equals("include"));
    }

    @ServerResponseFilter
    public void represent(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isRead(request)) {
            tagWritten(response);
            return;
        }
        if (request.getProperty(NOT_CACHED) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        if (response.getStatus() == 503 && isPublicRead(request) && request.getProperty(CACHE_KEY) != null) {
            serveStale(request, response);
            return;
        }
        if (response.getStatus() == 301) {
            // An old slug: the redirect is as lasting as what it leads to, and as private.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request));
            response.getHeaders().putSingle(HttpHeaders.VARY, "Origin, Authorization");
            return;
        }
        if (response.getStatus() != 200 || !response.hasEntity() || response.getEntity() instanceof byte[]) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof Paged<?> page && page.next() != null) {
            response.getHeaders().add("Link", "<" + nextPage(request, page.next()) + ">; rel=\"next\"");
        }
        Rendered rendered = entity instanceof Rendered r ? r : null;
        StoredDocuments.Document stored = entity instanceof StoredDocuments.Document d ? d : null;
        Object shown = rendered == null ? entity : rendered.source();
        FieldSelection selection = (FieldSelection) request.getProperty(SELECTION);
        byte[] body = stored != null ? select(stored.body(), selection)
                : rendered == null ? serialize(entity, selection) : render(rendered);
        MediaType type = rendered == null ? MediaType.APPLICATION_JSON_TYPE : rendered.type();
        // The bytes differ per representation, and so does the tag; a stored document's is stored with it.
        String etag = stored == null ? Preconditions.etag(shown, body)
                : selection == null ? stored.etag() : Preconditions.etag(stored.revision(), body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        // gzip depends on Accept-Encoding, the CORS allow-origin header echoes Origin, a key may show more,
        // and a negotiated resource answers by Accept.
        response.getHeaders().putSingle(HttpHeaders.VARY, request.getProperty(NEGOTIATED) != null
                ? "Accept, Accept-Encoding, Origin, Authorization" : "Accept-Encoding, Origin, Authorization");
        if (body.length < COMPRESSION_THRESHOLD) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, UNCOMPRESSED);
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request));
        if (isPublicRead(request)) {
            Set<String> tags = stored != null ? new LinkedHashSet<>(Arrays.asList(stored.surrogateKey().split(" ")))
                    : CacheTags.of(shown, rendered == null ? (Type) request.getProperty(REPRESENTED_TYPE) : shown.getClass(),
                    request.getUriInfo().getPath());
            response.getHeaders().putSingle(SURROGATE_KEY, String.join(" ", tags));
            keep(request, response, body, type, etag, tags);
        }
        if (isNotModified(request, etag, response.getHeaderString(HttpHeaders.LAST_MODIFIED))) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, NO_ANNOTATIONS, type);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Negotiation.name(type)); // as a kept answer names it
    }

    /** A document in a format of its own: bytes as they are, anything else as JSON (JSON-LD, ninjs, JSON Feed). */
    private byte[] render(Rendered rendered) {
        if (rendered.document() instanceof byte[] bytes) {
            return bytes;
        }
        try {
            return mapper.writeValueAsBytes(rendered.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keep(ContainerRequestContext request, ContainerResponseContext response, byte[] body, MediaType type,
                      String etag, Set<String> tags) {
        Object generation = request.getProperty(CACHE_GENERATION);
        if (generation == null) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.CONTENT_TYPE, Negotiation.name(type));
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        cache.store((String) request.getProperty(CACHE_KEY),
                new RepresentationCache.Representation(body, etag, Map.copyOf(headers), Set.copyOf(tags)), (Long) generation);
    }

    /**
     * The database cannot be reached, and the read's answer is kept: it is served, as the stale-if-error of its
     * Cache-Control allows a shared cache to do. No write can commit through this instance meanwhile.
     */
    private void serveStale(ContainerRequestContext request, ContainerResponseContext response) {
        RepresentationCache.Representation kept = cache.findStale((String) request.getProperty(CACHE_KEY));
        if (kept == null) {
            return;
        }
        response.getHeaders().remove(HttpHeaders.RETRY_AFTER);
        kept.headers().forEach(response.getHeaders()::putSingle);
        if (isNotModified(request, kept.etag(), kept.headers().get(HttpHeaders.LAST_MODIFIED))) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setStatus(200);
        response.setEntity(kept.body(), NO_ANNOTATIONS, MediaType.valueOf(kept.headers().get(HttpHeaders.CONTENT_TYPE)));
    }

    /** A write answers with the new version and its ETag, for the client's next If-Match; nobody caches it. */
    private void tagWritten(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status == 308) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store"); // only for this write, never for reads
            return;
        }
        if (status >= 200 && status < 300 && !written.tags().isEmpty()) {
            response.getHeaders().putSingle(SURROGATE_KEY, String.join(" ", written.tags()));
        }
        if ((status == 200 || status == 201) && response.hasEntity()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if ((status == 200 || status == 201) && response.getEntity() instanceof Versioned written) {
            byte[] body = serialize(written, null);
            response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.etag(written, body));
            response.setEntity(body, NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** A stored document's JSON, or what fields= selects of it. */
    private byte[] select(byte[] json, FieldSelection selection) {
        if (selection == null) {
            return json;
        }
        try {
            JsonNode tree = mapper.readTree(json);
            selection.applyTo(tree);
            return mapper.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] serialize(Object entity, FieldSelection selection) {
        try {
            if (selection == null) {
                return mapper.writeValueAsBytes(entity);
            }
            JsonNode tree = mapper.valueToTree(entity);
            selection.applyTo(entity instanceof Paged<?> ? tree.get("items") : tree);
            return mapper.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Public reads as their kind is configured; reads with a key may hold what the public must not see. */
    private String cacheControl(ContainerRequestContext request) {
        return isPublicRead(request) ? config.http().cacheControl().getOrDefault(kindOf(request), config.http().publicCacheControl())
                : "private, no-store";
    }

    /**
     * The next page: this page's path and the parameters it was read with (the canonical ones, the same for
     * every reader whatever else they sent), the cursor replaced, under the public base URL.
     */
    private String nextPage(ContainerRequestContext request, String cursor) {
        String key = (String) request.getProperty(CACHE_KEY);
        int query = key.indexOf('?');
        StringBuilder next = new StringBuilder(UriBuilder.fromPath(request.getUriInfo().getPath()).build().getRawPath()).append('?');
        if (query >= 0) {
            for (String parameter : key.substring(query + 1).split("&")) {
                if (!parameter.startsWith("cursor=")) {
                    next.append(parameter).append('&');
                }
            }
        }
        next.append("cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return publicUrl.of(next.toString());
    }

    /** The kind of resource a request reads: the first path segment after /api/v1/ (articles, people, …). */
    private static String kindOf(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String rest = path.startsWith(API_ROOT) ? path.substring(API_ROOT.length()) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** RFC 9110: If-None-Match wins over If-Modified-Since; GET compares ETags weakly. */
    private static boolean isNotModified(ContainerRequestContext request, String etag, String lastModified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                    .map(tag -> tag.strip().replaceFirst("^W/", ""))
                    .anyMatch(etag::equals);
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Instant modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // RFC 9110: an invalid date is ignored
            }
        }
        return false;
    }

    /** A read without a key: the same for everyone, so its answer may be shared. */
    private static boolean isPublicRead(ContainerRequestContext request) {
        return isRead(request) && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }

    private static boolean isRead(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    /** The type of the DTO a resource method answers with: unwraps RestResponse. */
    private static Type answeredType(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == RestResponse.class ? p.getActualTypeArguments()[0] : type;
    }

    /** The record a response holds, or each item of a page holds: unwraps RestResponse and pages. */
    private static Type representedType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == RestResponse.class) {
            return representedType(p.getActualTypeArguments()[0]);
        }
        return Paged.isPaged(type) ? Paged.itemType(type) : type;
    }
}
