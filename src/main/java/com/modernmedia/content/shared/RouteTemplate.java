package com.modernmedia.content.shared;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * The HTTP metrics (and trace spans) name a request by its route template, {@code /api/v1/articles/{slugOrId}}, which
 * Quarkus REST records as it picks the resource method. An answer given before that (a 204 to OPTIONS, a 403 from the
 * origin check, a 413, a 429, a 400 for a missing Host) has none, and Quarkus would name it by its raw path: one series
 * per slug, id or path a probing client makes up. Just before such an answer's headers go out, this records the
 * template of the path from {@link AllowedMethods}, or {@value #UNMATCHED} for a path no resource serves. A 404 or a
 * redirect there is left alone (Quarkus names them NOT_FOUND and REDIRECTION), and so are Quarkus' own endpoints
 * under /q/, which it leaves out of the metrics.
 */
@ApplicationScoped
class RouteTemplate {

    /** Where Quarkus REST keeps the template, in the request's Vert.x context, for Micrometer and OpenTelemetry. */
    private static final String TEMPLATE = "UrlPathTemplate";
    static final String UNMATCHED = "/{unmatched}";
    private static final String QUARKUS_ENDPOINTS = "/q/";

    private final AllowedMethods allowedMethods;

    RouteTemplate(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    void register(@Observes Filters filters) {
        filters.register(this::watch, RequestId.PRIORITY - 1);
    }

    private void watch(RoutingContext context) {
        context.addHeadersEndHandler(headersEnd -> {
            Context request = ((HttpServerRequestInternal) context.request()).context();
            String path = context.request().path();
            if (request.getLocal(TEMPLATE) != null || path.startsWith(QUARKUS_ENDPOINTS)) {
                return;
            }
            int status = context.response().getStatusCode();
            Optional<String> template = allowedMethods.templateOf(path);
            if (template.isPresent()) {
                request.putLocal(TEMPLATE, template.get());
            } else if (status != 404 && status / 100 != 3) {
                request.putLocal(TEMPLATE, UNMATCHED);
            }
        });
        context.next();
    }
}
