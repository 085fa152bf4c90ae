package com.modernmedia.content.shared;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * No answer carries {@code Content-Encoding: identity}. That header is a mark for Vert.x, not for clients: Quarkus
 * puts it on every answer, to keep Vert.x from compressing it, and lets endpoints producing JSON lift it;
 * {@link RepresentationFilter} puts it back on small bodies. Vert.x removes the mark when it looks at a body to
 * compress, but Netty hands it no answer without a body (redirects, OPTIONS, 204, 304, HEAD, an empty 4xx) and no
 * answer to HTTP/1.0, so there the mark went out. This filter drops it from those answers just before their headers
 * are written; the answers whose mark still decides about compression keep it. HTTP/2 (h2c) answers still carry it:
 * there Vert.x never removes the mark, and without it would compress every answer, and label even empty ones, for
 * a client that accepts gzip.
 */
@ApplicationScoped
class IdentityMarkFilter {

    /** First of all filters: Vert.x Web runs headers-end handlers newest first, so this one runs last. */
    static final int PRIORITY = Integer.MAX_VALUE;
    private static final String UNCOMPRESSED = "identity";

    void register(@Observes Filters filters) {
        filters.register(this::watch, PRIORITY);
    }

    private void watch(RoutingContext context) {
        context.addHeadersEndHandler(headersEnd -> {
            HttpServerResponse response = context.response();
            if (response.headers().contains(HttpHeaders.CONTENT_ENCODING, UNCOMPRESSED, true) && neverCompressed(context)) {
                response.headers().remove(HttpHeaders.CONTENT_ENCODING);
            }
        });
        context.next();
    }

    /** The answers Netty passes by its compressor (HttpContentEncoder.isPassthru and empty full responses). */
    private static boolean neverCompressed(RoutingContext context) {
        int status = context.response().getStatusCode();
        return status < 200 || status == 204 || status == 304
                || context.request().method() == HttpMethod.HEAD
                || context.request().version() == HttpVersion.HTTP_1_0
                || "0".equals(context.response().headers().get(HttpHeaders.CONTENT_LENGTH));
    }
}
