package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Status;
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

/**
 * Idempotency-Key on the creates marked {@link Idempotent}: the first request with a key is remembered with
 * its answer; a retry with the same key and body gets that answer again instead of creating a duplicate.
 * Keys are per API key and kept for a day. Creating an API key is not marked: its answer holds the new
 * key's secret, which is shown once and never stored.
 * <p>
 * The claim, the write and the answer commit in one transaction, begun here and joined by the service: a
 * request that fails, or whose connection drops before its commit, leaves no claim, so its retry runs
 * again; one that committed leaves its answer, so its retry replays it. A concurrent duplicate waits on the
 * claim's primary key until the first commits or rolls back.
 */
public class IdempotencyFilter {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilter.class.getName();

    private final IdempotentRequestRepository requests;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ProblemMapper problems;

    public IdempotencyFilter(IdempotentRequestRepository requests, SecurityIdentity identity, ObjectMapper mapper, Clock clock,
                             ProblemMapper problems) {
        this.requests = requests;
        this.clock = clock;
        this.identity = identity;
        this.mapper = mapper;
        this.problems = problems;
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
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        IdempotentRequest.Key id = new IdempotentRequest.Key(identity.getAttribute(Caller.KEY_ID), key);
        String hash = sha256(request.getUriInfo().getPath() + "\n" + new String(body, StandardCharsets.UTF_8));
        // Left open for the write to join; rolled back with the request scope if nothing commits it.
        QuarkusTransaction.begin();
        IdempotentRequest first;
        try {
            if (requests.claim(id, hash)) {
                request.setProperty(CLAIMED, id);
                return null;
            }
            first = requests.find(id).orElseThrow();
            QuarkusTransaction.rollback(); // nothing written: only the first request's answer was read
        } catch (RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
        if (!first.requestHash.equals(hash)) {
            throw ProblemException.idempotencyKeyReused();
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
     * Records the answer beside the write and commits both. Runs after the representation filter (lower
     * priority), so the answer kept is the one sent, ETag included.
     */
    @Idempotent
    @ServerResponseFilter(priority = 4000)
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        IdempotentRequest.Key id = (IdempotentRequest.Key) request.getProperty(CLAIMED);
        if (id == null) {
            return;
        }
        if (response.getStatus() >= 300) {
            // A refused or failed request created nothing: the key is free for a corrected retry.
            rollbackAfter(null);
            return;
        }
        try {
            IdempotentRequest first = requests.find(id).orElseThrow();
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            first.status = response.getStatus();
            first.location = location == null ? null : location.toString();
            first.etag = etag == null ? null : etag.toString();
            first.body = bodyOf(response.getEntity());
            first.createdAt = clock.instant();
            QuarkusTransaction.commit();
        } catch (RuntimeException e) {
            // Whether the write committed is unknown to this request, not to a retry with the same key.
            rollbackAfter(e);
            answerInstead(response, problems.unexpected(e, request.getUriInfo()));
        }
    }

    private static void answerInstead(ContainerResponseContext response, Response problem) {
        response.setStatus(problem.getStatus());
        response.getHeaders().clear();
        problem.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setEntity(problem.getEntity(), null, problem.getMediaType());
    }

    /** Rolls back what is still open; on a lost connection that fails too, and PostgreSQL rolls back itself. */
    private static void rollbackAfter(RuntimeException cause) {
        try {
            if (QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                QuarkusTransaction.rollback();
            }
        } catch (RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
            LOG.debugf("Rollback of an idempotent request failed: %s", e.getMessage());
        }
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
