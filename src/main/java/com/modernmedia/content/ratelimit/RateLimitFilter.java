package com.modernmedia.content.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.ProblemMapper;
import com.modernmedia.content.shared.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;

/**
 * Counts every request to /api/v1 against its caller's quota, and answers one over it {@code 429} with Retry-After.
 * Every answer it lets through carries the caller's RateLimit-Policy and RateLimit fields, whatever answers it
 * later: a resource, the representation cache (a kept answer or a 304), a problem. They are set on the response
 * here, never in what the representation cache keeps, so each client sees its own.
 * <p>
 * It runs ahead of Quarkus REST, so before the representation cache answers a public read on the I/O thread: a
 * caller without a key is counted there too, in memory, without blocking ({@link AddressBuckets}). A caller with a key
 * is counted by the key, in PostgreSQL ({@link KeyBuckets}), once the key is authenticated: the identity Quarkus
 * builds lazily is asked for here (the same identity every later step gets), and the bucket is read on a worker
 * thread. A key that is refused is counted by its address, then answered 401 as before.
 * <p>
 * After CORS, so that a browser can read a 429 and its headers, and after Quarkus' authentication handler, which
 * makes the identity ready to be asked for. Health, metrics, the OpenAPI document and Swagger UI are not counted.
 * Answers given before it are not counted either: CORS preflights, and the edge checks that answer from the
 * request line and headers alone (WriteOriginPolicy's 403, RequestBodyLimit's 413, OptionsFilter's OPTIONS).
 */
@ApplicationScoped
class RateLimitFilter {

    static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION - 1;
    private static final String POLICY_HEADER = "RateLimit-Policy";
    private static final String LIMIT_HEADER = "RateLimit";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String LIMITED = "/api/v1/";
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final boolean enabled;
    private final ClientAddress clientAddress;
    private final AddressBuckets addresses;
    private final KeyBuckets keys;
    private final ObjectMapper mapper;

    RateLimitFilter(ContentConfig config, ClientAddress clientAddress, AddressBuckets addresses, KeyBuckets keys,
                    ObjectMapper mapper) {
        this.enabled = config.rateLimits().enabled();
        this.clientAddress = clientAddress;
        this.addresses = addresses;
        this.keys = keys;
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::limit, PRIORITY);
        }
    }

    private void limit(RoutingContext context) {
        if (!context.normalizedPath().startsWith(LIMITED)) {
            context.next();
            return;
        }
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            answer(context, addresses.consume(clientAddress.of(context.request())));
            return;
        }
        Context loop = Vertx.currentContext();
        // Quarkus answers a refused key (401) from this handler as soon as the identity fails; held back here, so
        // that the refusal is counted and labelled first.
        BiConsumer<RoutingContext, Throwable> refusal = context.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        QuarkusHttpUser.getSecurityIdentity(context, null)
                .emitOn(task -> loop.runOnContext(ignored -> task.run()))
                .subscribe().with(
                        identity -> {
                            restore(context, refusal);
                            countKey(context, loop, identity);
                        },
                        refused -> {
                            restore(context, refusal);
                            countRefusedKey(context, refused, refusal);
                        });
    }

    private static void restore(RoutingContext context, BiConsumer<RoutingContext, Throwable> refusal) {
        if (refusal != null) {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, refusal);
        }
    }

    /** A key that is unknown, expired or revoked (or could not be checked) is counted by the address it comes from. */
    private void countRefusedKey(RoutingContext context, Throwable refused, BiConsumer<RoutingContext, Throwable> refusal) {
        Limit limit = addresses.consume(clientAddress.of(context.request()));
        label(context, limit);
        if (!limit.admitted()) {
            refuse(context, limit);
        } else if (refusal != null) {
            refusal.accept(context, refused);
        } else {
            context.next(); // the identity is asked for again later, and fails there
        }
    }

    private void countKey(RoutingContext context, Context loop, SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            answer(context, addresses.consume(clientAddress.of(context.request())));
            return;
        }
        loop.executeBlocking(() -> keys.consume(identity.getAttribute(Caller.KEY_ID), roleOf(identity)), false)
                .onSuccess(limit -> answer(context, limit))
                .onFailure(failure -> {
                    // The database did not answer: the request goes on uncounted, and meets the same outage itself
                    // (a 503), rather than the limiter making every keyed request fail.
                    LOG.warnf("Rate limit of key %s not counted: %s", identity.getPrincipal().getName(), failure.getMessage());
                    context.next();
                });
    }

    private void answer(RoutingContext context, Limit limit) {
        label(context, limit);
        if (limit.admitted()) {
            context.next();
        } else {
            refuse(context, limit);
        }
    }

    private static void label(RoutingContext context, Limit limit) {
        context.response().putHeader(POLICY_HEADER, limit.policyField()).putHeader(LIMIT_HEADER, limit.limitField());
    }

    private void refuse(RoutingContext context, Limit limit) {
        context.response().putHeader(RETRY_AFTER, Long.toString(limit.resetSeconds()));
        ProblemMapper.send(context, ProblemException.quotaExceeded(limit.policy(), limit.quota(), limit.windowSeconds(),
                limit.resetSeconds()), mapper);
    }

    /** The key's own role: its identity holds that role and every role below it. */
    private static Role roleOf(SecurityIdentity identity) {
        if (identity.hasRole(Role.ADMIN_ROLE)) {
            return Role.ADMIN;
        }
        return identity.hasRole(Role.EDITOR_ROLE) ? Role.EDITOR : Role.PARTNER;
    }
}
