package com.modernmedia.content.shared;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code OPTIONS} on an API path answers {@code 204} with the methods that path allows, the same {@code Allow}
 * header a 405 there carries ({@link AllowedMethods}); Quarkus REST would list every method of the resource class,
 * whatever the path. Runs after Quarkus' CORS filter, which answers preflights (OPTIONS with {@code Origin} and
 * {@code Access-Control-Request-Method}) itself. A path that serves nothing is left to Quarkus REST, which answers
 * it 404 like any other method.
 */
@ApplicationScoped
class OptionsFilter {

    /** After CORS, which must see preflights first. */
    static final int PRIORITY = SecurityHandlerPriorities.CORS - 2;

    private final AllowedMethods allowedMethods;

    OptionsFilter(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        String allowed = request.method() == HttpMethod.OPTIONS ? allowedMethods.forPath(request.path()) : "";
        if (allowed.isEmpty()) {
            context.next();
            return;
        }
        context.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, allowed).end();
    }
}
