package com.modernmedia.content.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stopping, the instance first reports not ready and goes on answering for quarkus.shutdown.delay (SHUTDOWN_DELAY),
 * while load balancers notice; then Quarkus waits up to quarkus.shutdown.timeout for the requests in flight. Quarkus
 * would go on serving new requests meanwhile too, and wait for them as well; from the end of the delay this refuses
 * them instead, a 503 that closes its connection, so that the client retries on another instance and the stop
 * waits only for what was in flight. Health stays answered: readiness says DOWN by itself.
 */
@ApplicationScoped
class ShutdownDrain {

    /** Just after RequestId and RouteTemplate, so that a refusal carries its id and counts by its route. */
    static final int PRIORITY = RequestId.PRIORITY - 2;
    private static final String HEALTH = "/q/health";

    private final Clock clock;
    private final Duration delay;
    private final ObjectMapper mapper;
    /** From when new requests are refused; null while the instance is not stopping. */
    private volatile Instant refusingFrom;

    ShutdownDrain(Clock clock, @ConfigProperty(name = "quarkus.shutdown.delay", defaultValue = "0s") Duration delay,
                  ObjectMapper mapper) {
        this.clock = clock;
        this.delay = delay;
        this.mapper = mapper;
    }

    /** Quarkus fires it as the stop begins, when readiness turns DOWN and the delay starts. */
    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        refusingFrom = clock.instant().plus(delay);
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseWhenDraining, PRIORITY);
    }

    private void refuseWhenDraining(RoutingContext context) {
        Instant from = refusingFrom;
        if (from == null || clock.instant().isBefore(from) || context.normalizedPath().startsWith(HEALTH)) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        ProblemMapper.send(context, ProblemException.shuttingDown(), mapper);
    }
}
