package com.modernmedia.content.shared;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

/**
 * Which database a request's Hibernate session reads and writes: the read replica for public reads while
 * {@link ReadReplica} trusts it, else the primary. Public reads are GET and HEAD without a key, except the sync
 * API, which partners page through by change log position and so must read what the primary has, and admin
 * reads (the change log among them). Every
 * write, every request with a key (an editor reading what they just wrote, a partner's rights) and all work
 * outside a request (schedulers, webhooks) stay on the primary.
 * <p>
 * Hibernate asks for the database through the request context: code that reaches the database from a thread of
 * its own (not a request, not a {@code @Scheduled} method) must activate one ({@code @ActivateRequestContext}), or
 * its session fails with "no tenant identifier specified".
 */
@PersistenceUnitExtension
@RequestScoped
public class ReadRouting implements TenantResolver {

    static final String PRIMARY = "primary";
    static final String REPLICA = ReadReplica.DATASOURCE;

    private final CurrentVertxRequest current;
    private final ReadReplica replica;

    ReadRouting(CurrentVertxRequest current, ReadReplica replica) {
        this.current = current;
        this.replica = replica;
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        RoutingContext context = current.getCurrent();
        return context != null && isPublicRead(context.request().method(), context.request().path(),
                context.request().headers().contains(HttpHeaders.AUTHORIZATION)) && replica.usable() ? REPLICA : PRIMARY;
    }

    static boolean isPublicRead(HttpMethod method, String path, boolean keyed) {
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && !keyed && path.startsWith("/api/v1/")
                && !path.startsWith("/api/v1/sync") && !path.startsWith("/api/v1/admin/");
    }
}
