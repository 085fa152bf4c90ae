package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency-Key on the creates marked {@link Idempotent}: the first request with a key is remembered with
 * its answer; a retry with the same key and body gets that answer again instead of creating a duplicate.
 * Keys are per API key and kept for a day. Creating an API key is not marked: its answer holds the new
 * key's secret, which is shown once and never stored.
 */
public class IdempotencyFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilter.class.getName();
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    private final IdempotentRequestRepository requests;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final Clock clock;

    public IdempotencyFilter(IdempotentRequestRepository requests, SecurityIdentity identity, ObjectMapper mapper, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        this.identity = identity;
        this.mapper = mapper;
    }

    /** The first answer again for a retry; null to go on with the request. */
    @Idempotent
    @ServerRequestFilter
    public Response replayOrClaim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalidHeader(HEADER, "must have 1 to 200 characters");
        }
        if (identity.isAnonymous()) {
            return null; // the operation itself answers 401
        }
        byte[] body = readBody(request);
        request.setEntityStream(new ByteArrayInputStream(body));
        IdempotentRequest.Key id = new IdempotentRequest.Key(identity.getAttribute(Caller.KEY_ID), key);
        String hash = sha256(request.getUriInfo().getPath() + "\n" + new String(body, StandardCharsets.UTF_8));
        Optional<IdempotentRequest> earlier = QuarkusTransaction.requiringNew()
                .call(() -> requests.claim(id, hash) ? Optional.<IdempotentRequest>empty() : requests.find(id));
        if (earlier.isEmpty()) {
            request.setProperty(CLAIMED, id);
            return null;
        }
        IdempotentRequest first = earlier.get();
        if (!first.requestHash.equals(hash)) {
            throw ProblemException.idempotencyKeyReused();
        }
        if (first.status == IdempotentRequest.RUNNING) {
            throw ProblemException.conflict("The first request with this Idempotency-Key is still running; retry shortly.");
        }
        Response.ResponseBuilder replay = Response.status(first.status).header(REPLAYED, "true");
        if (first.location != null) {
            replay.header(HttpHeaders.LOCATION, first.location);
        }
        if (first.etag != null) {
            replay.header(HttpHeaders.ETAG, first.etag);
        }
        if (first.body != null) {
            replay.entity(first.body.getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    /**
     * The whole body, read here to be hashed. A connection that closes before the body has all its declared bytes
     * (the client hung up, or fell idle past quarkus.http.idle-timeout) is no fault of the service: a DEBUG line,
     * nothing claimed, and a 400 that nobody is left to read.
     */
    private static byte[] readBody(ContainerRequestContext request) throws IOException {
        try {
            return request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            if (!connectionClosed(e)) {
                throw e;
            }
            LOG.debugf("The connection closed before the whole body of POST %s arrived; nothing claimed",
                    request.getUriInfo().getPath());
            throw ProblemException.malformedJson("The request body ended before its declared length: the connection closed.");
        }
    }

    private static boolean connectionClosed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** Runs after the representation filter (lower priority), so the answer kept is the one sent, ETag included. */
    @Idempotent
    @ServerResponseFilter(priority = 4000)
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        IdempotentRequest.Key id = (IdempotentRequest.Key) request.getProperty(CLAIMED);
        if (id == null) {
            return;
        }
        if (response.getStatus() >= 300) {
            // A refused or failed request created nothing: the key is free for a corrected retry.
            QuarkusTransaction.requiringNew().run(() -> requests.deleteById(id));
            return;
        }
        String body = bodyOf(response.getEntity());
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        QuarkusTransaction.requiringNew().run(() -> requests.find(id).ifPresent(first -> {
            first.status = response.getStatus();
            first.location = location == null ? null : location.toString();
            first.etag = etag == null ? null : etag.toString();
            first.body = body;
            first.createdAt = clock.instant();
        }));
    }

    private String bodyOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer of the service always serializes", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
