package com.modernmedia.content.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.ContentConfig;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What every public GET answer goes through once its DTO is built: the
 * {@code fields=} selection, the {@code Link} header of a page, a strong ETag
 * computed from the exact bytes sent, Cache-Control, and 304 for a client whose
 * copy is current. Resources stay free of these cross-cutting concerns.
 */
public class RepresentationFilter {

    private static final String SELECTION = FieldSelection.class.getName();
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final String API_ROOT = "/api/v1/";
    static final String SURROGATE_KEY = "Surrogate-Key";

    private final ObjectMapper mapper;
    private final ContentConfig config;
    private final CacheInvalidation.WrittenTags written;

    public RepresentationFilter(ObjectMapper mapper, ContentConfig config, CacheInvalidation.WrittenTags written) {
        this.mapper = mapper;
        this.config = config;
        this.written = written;
    }

    /**
     * Checks {@code fields=} before any work is done, against the type the
     * endpoint answers with, and refuses {@code include=} where nothing can be embedded.
     */
    @ServerRequestFilter
    public void checkShapingParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (!isRead(request) || method == null) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        String fields = query.getFirst("fields");
        if (fields != null) {
            request.setProperty(SELECTION, FieldSelection.parse(fields, representedType(method.getGenericReturnType())));
        }
        if (query.containsKey("include") && !takesInclude(method)) {
            QueryParams.include(query.getFirst("include"), Set.of());
        }
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
        if (response.getStatus() != 200 || !response.hasEntity() || response.getEntity() instanceof byte[]) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof Page<?> page && page.next() != null) {
            String next = request.getUriInfo().getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build().toString();
            response.getHeaders().add("Link", "<" + next + ">; rel=\"next\"");
        }
        byte[] body = serialize(entity, (FieldSelection) request.getProperty(SELECTION));
        String etag = Preconditions.etag(entity, hashOf(body));
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        // gzip depends on Accept-Encoding, the CORS allow-origin header echoes Origin, a key may show more.
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Encoding, Origin, Authorization");
        String kind = kindOf(request);
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            // Read with a key: may hold what the public must not see, so no shared cache keeps it.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
        } else {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                    config.http().cacheControl().getOrDefault(kind, config.http().publicCacheControl()));
            response.getHeaders().putSingle(SURROGATE_KEY, String.join(" ", cacheTags(entity, kind)));
        }
        if (isNotModified(request, etag, response.getLastModified())) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE);
    }

    /** A write answers with the new version and its ETag, for the client's next If-Match; nobody caches it. */
    private void tagWritten(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 200 && status < 300 && !written.tags().isEmpty()) {
            response.getHeaders().putSingle(SURROGATE_KEY, String.join(" ", written.tags()));
        }
        if ((status == 200 || status == 201) && response.hasEntity()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if ((status == 200 || status == 201) && response.getEntity() instanceof Versioned written) {
            byte[] body = serialize(written, null);
            response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.etag(written, hashOf(body)));
            response.setEntity(body, NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private byte[] serialize(Object entity, FieldSelection selection) {
        try {
            if (selection == null) {
                return mapper.writeValueAsBytes(entity);
            }
            JsonNode tree = mapper.valueToTree(entity);
            selection.applyTo(entity instanceof Page<?> ? tree.get("items") : tree);
            return mapper.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tags of what a response shows. A page is tagged with its list and its items (not what the items
     * embed), which keeps the header short; a single resource with everything it shows.
     */
    private static Set<String> cacheTags(Object entity, String kind) {
        Set<String> tags = new LinkedHashSet<>();
        if (entity instanceof Page<?> page) {
            tags.add("list-" + kind);
            for (Object item : page.items()) {
                if (item instanceof CacheTagged tagged) {
                    Set<String> itemTags = new LinkedHashSet<>();
                    tagged.addCacheTags(itemTags);
                    tags.add(itemTags.iterator().next());
                }
            }
        } else if (entity instanceof CacheTagged tagged) {
            tagged.addCacheTags(tags);
        }
        return tags;
    }

    /** The kind of resource a request reads: the first path segment after /api/v1/ (articles, people, …). */
    private static String kindOf(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String rest = path.startsWith(API_ROOT) ? path.substring(API_ROOT.length()) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** RFC 9110: If-None-Match wins over If-Modified-Since; GET compares ETags weakly. */
    private static boolean isNotModified(ContainerRequestContext request, String etag, Date lastModified) {
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
                // HTTP dates have whole seconds; the time sent as Last-Modified was cut to them too.
                return !lastModified.toInstant().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // RFC 9110: an invalid date is ignored
            }
        }
        return false;
    }

    private static String hashOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static boolean isRead(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    /** The record a response holds, or each item of a page holds: unwraps RestResponse and Page. */
    private static Type representedType(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw == RestResponse.class || raw == Page.class) {
                return representedType(p.getActualTypeArguments()[0]);
            }
        }
        return type;
    }
}
