package com.modernmedia.content.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An HTTP/1.1 request without Host is refused by Vert.x' router before any route runs (RFC 9112 requires the
 * header); Quarkus would answer it with its own error page and log an ERROR. This answers it as every bad
 * request is answered: a 400 problem naming the header, and no ERROR, since the client is at fault.
 */
@ApplicationScoped
class MissingHostAnswer {

    private final ObjectMapper mapper;

    MissingHostAnswer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (context.statusCode() == 400 && context.request().version() == HttpVersion.HTTP_1_1
                && context.request().authority() == null && !context.response().headWritten()) {
            ProblemMapper.send(context, ProblemException.invalidHeader("Host", "is required in HTTP/1.1"), mapper);
            return;
        }
        context.next();
    }
}
