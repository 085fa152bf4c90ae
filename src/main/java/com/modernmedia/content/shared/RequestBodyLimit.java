package com.modernmedia.content.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.ContentConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * A request body over {@code quarkus.http.limits.max-body-size} is answered {@code 413 content-too-large}, a problem
 * document like every error. Quarkus checks the same limit, but answers an empty 413; this filter runs before that
 * check (and just after CORS, so that a browser may read the answer):
 * <ul>
 * <li>A declared {@code Content-Length} over the limit is refused before any of the body is read.</li>
 * <li>A body of unknown length ({@code Transfer-Encoding: chunked}) is read here and refused once it grows past the
 * limit; one that ends within it is handed on as the request's body, so nothing after this filter reads an
 * unbounded stream. (HTTP/2 has no chunked bodies; one sent there without {@code Content-Length} is left to
 * Quarkus, whose REST layer cannot take an HTTP/2 body read before it.)</li>
 * </ul>
 * A refused request reaches no resource, so it writes nothing. Its connection is closed after the answer (in HTTP/2
 * only its stream is reset, since other requests share the connection), and how depends on the client, so that
 * every kind reads the 413 and none hangs:
 * <ul>
 * <li>A client that is sending the body reads the answer only once it has sent it (the JDK HttpClient, curl for
 * small bodies). Closing with unread bytes would reset the connection and lose the answer, so the rest of the body
 * is read into nothing first, up to {@code content.http.max-drained-body-size}; past that the connection is closed
 * anyway.</li>
 * <li>A client that sent {@code Expect: 100-continue} waits before it sends (curl for large bodies, the JDK
 * HttpClient with {@code expectContinue(true)}). The JDK HttpClient of Java 17 hangs when a final answer with a
 * body comes instead of {@code 100 Continue} (JDK-8286171), so such a client gets {@code 100 Continue}, then the
 * 413 while its body is drained as above. Only a body declared larger than the drain limit is refused at once,
 * without {@code 100 Continue}, and the connection closed after the answer; the client sends nothing more.</li>
 * </ul>
 */
@ApplicationScoped
class RequestBodyLimit {

    /** After CORS, so a browser can read the 413, and before Quarkus' own check of the limit (route order -2). */
    static final int PRIORITY = SecurityHandlerPriorities.CORS - 1;
    private static final String CONTINUE = "100-continue";

    private final long limit;
    private final long drainLimit;
    private final ObjectMapper mapper;

    RequestBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
                     ContentConfig config, ObjectMapper mapper) {
        this.limit = limit.map(MemorySize::asLongValue).orElse(-1L);
        this.drainLimit = config.http().maxDrainedBodySize().asLongValue();
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        if (limit >= 0) {
            filters.register(this::check, PRIORITY);
        }
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length = Long.parseLong(declared); // Netty has refused a Content-Length that is not a number
            if (length > limit) {
                refuseDeclared(context, length);
            } else {
                context.next();
            }
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            readWithinLimit(context);
        } else {
            context.next();
        }
    }

    private void refuseDeclared(RoutingContext context, long length) {
        HttpServerRequest request = context.request();
        boolean waiting = CONTINUE.equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT));
        if (waiting && length > drainLimit) {
            refuse(context);
            hangUp(request); // Vert.x writes the answer out first; the client sends no body
            return;
        }
        if (waiting) {
            context.response().writeContinue();
        }
        refuse(context);
        drainThenClose(request);
    }

    /** Collects a body of unknown length, as long as it stays within the limit. */
    private void readWithinLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (CONTINUE.equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // Only reading it tells the size. Answered here, so Quarkus REST must not send a second 100 Continue.
            request.headers().remove(HttpHeaders.EXPECT);
            context.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        request.pause(); // until every handler is set: Quarkus' request wrapper resumes on the first one
        request.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                refuse(context);
                drainThenClose(request); // replaces these handlers
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(ended -> {
            context.setBody(body); // Quarkus REST reads the body from here when it is set
            context.next();
        });
        request.exceptionHandler(gone -> { }); // the client went away mid-body: nobody is left to answer
        request.resume();
    }

    private void refuse(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2) {
            // The connection ends after this answer (hangUp); saying so keeps the client from reusing it.
            // HTTP/2 forbids the header: there the stream ends, not the connection.
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().setStatusMessage("Content Too Large"); // RFC 9110's name; Netty has the old one
        ProblemMapper.send(context, ProblemException.contentTooLarge(limit), mapper);
    }

    /** Reads what the client still sends of a refused body into nothing, then closes: see the class comment. */
    private void drainThenClose(HttpServerRequest request) {
        if (request.isEnded()) {
            hangUp(request);
            return;
        }
        long[] drained = {0};
        request.pause(); // until every handler is set, as in readWithinLimit
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > drainLimit) {
                hangUp(request);
            }
        });
        request.endHandler(ended -> hangUp(request));
        request.exceptionHandler(gone -> { }); // the client went away, as it may: nothing is left to do
        request.resume();
    }

    /** Ends what carried a refused request: in HTTP/1 its connection, in HTTP/2 its stream, if still open. */
    private static void hangUp(HttpServerRequest request) {
        if (request.version() != HttpVersion.HTTP_2) {
            request.connection().close();
        } else if (!request.isEnded()) {
            request.response().reset(); // RST_STREAM NO_ERROR after a whole answer: stop sending (RFC 9113, 8.1)
        }
    }
}
