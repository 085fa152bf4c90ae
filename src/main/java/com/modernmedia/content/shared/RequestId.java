package com.modernmedia.content.shared;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request has an id, to find what the service logged about it: the {@value #HEADER} a load balancer, CDN or
 * client sent, when it is a sane value, otherwise a new one. It is set on the answer before anything else runs, so
 * every answer carries it, problems and the answers of the other filters included, and put in the log context
 * ({@value #MDC_KEY}), which JSON logs print with each line.
 */
@ApplicationScoped
class RequestId {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** Just after IdentityMarkFilter, ahead of every other filter, so that none answers without the id. */
    static final int PRIORITY = IdentityMarkFilter.PRIORITY - 1;
    /**
     * What is taken from a client: short, and only characters that need no quoting in a header or a log line (UUIDs,
     * hex trace ids, most proxies' ids); anything else could forge or break log lines, and is replaced.
     */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(this::identify, PRIORITY);
    }

    private void identify(RoutingContext context) {
        String sent = context.request().getHeader(HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : generated();
        context.response().headers().set(HEADER, id);
        // Quarkus keeps the MDC in the request's own Vert.x context, so it follows the request onto worker threads
        // and ends with it.
        MDC.put(MDC_KEY, id);
        context.next();
    }

    /** Unique, not secret: a random UUID from a thread-local generator, which no two event loops contend for. */
    private static String generated() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
