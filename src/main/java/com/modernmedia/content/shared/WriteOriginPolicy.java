package com.modernmedia.content.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.ContentConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Browsers may read from any origin (CORS, application.properties) but write only from the origins in
 * {@code content.http.write-origins}, or from the service's own host, where Swagger UI runs. Runs just
 * before Quarkus' CORS filter, so that the preflight of a write from any other origin is refused rather
 * than approved, and so is a write a page sends without one. Clients that send no Origin (servers,
 * scripts) are not browsers and are left to their API key.
 */
@ApplicationScoped
class WriteOriginPolicy {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Set<String> writeOrigins;
    private final ObjectMapper mapper;

    WriteOriginPolicy(ContentConfig config, ObjectMapper mapper) {
        this.writeOrigins = Set.copyOf(config.http().writeOrigins().orElse(List.of()));
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, SecurityHandlerPriorities.CORS + 1);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader("Origin");
        String method = request.method() == HttpMethod.OPTIONS
                ? request.getHeader("Access-Control-Request-Method") : request.method().name();
        if (origin == null || method == null || !WRITES.contains(method.toUpperCase(Locale.ROOT))
                || writeOrigins.contains(origin) || isSameHost(origin, request.getHeader("Host"))) {
            context.next();
            return;
        }
        ProblemMapper.send(context, ProblemException.originNotAllowed(origin), mapper);
    }

    private static boolean isSameHost(String origin, String host) {
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false; // not an origin at all
        }
    }
}
