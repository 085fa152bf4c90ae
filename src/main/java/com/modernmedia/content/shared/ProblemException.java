package com.modernmedia.content.shared;

import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.List;

/**
 * A client error the API answers as RFC 9457 problem details; {@link ProblemMapper} writes it. The kinds of
 * problem the service knows are the factories below, so that each has one type, one title and one wording.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Integer currentRevision;

    private ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
                             Integer currentRevision) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.currentRevision = currentRevision;
    }

    /** A request that names a field with a value the service cannot take. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Validation failed", "The field '" + field + "' is invalid.",
                List.of(new Problem.FieldError(field, message)), null);
    }

    /** Several fields the service cannot take, each named with why, in field order. */
    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        List<Problem.FieldError> sorted = errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        return new ProblemException(400, "validation", "Validation failed",
                "The request has " + sorted.size() + " invalid field(s); see errors.", sorted, null);
    }

    /** A body that is not JSON at all. */
    public static ProblemException malformedJson(String detail) {
        return new ProblemException(400, "malformed-json", "Malformed JSON", detail, List.of(), null);
    }

    /** A query parameter the client can fix: 400 with one error naming the parameter. */
    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter",
                "Query parameter '" + parameter + "' is invalid: " + message,
                List.of(new Problem.FieldError(parameter, message)), null);
    }

    /** A request path that cannot name anything: its text is not text the service takes. */
    public static ProblemException invalidPath(String message) {
        return new ProblemException(400, "invalid-path", "Invalid path", "The request path " + message + ".",
                List.of(new Problem.FieldError("path", message)), null);
    }

    /** A request header the client can fix. */
    public static ProblemException invalidHeader(String header, String message) {
        return new ProblemException(400, "invalid-header", "Invalid header", "The " + header + " header " + message + ".",
                List.of(new Problem.FieldError(header, message)), null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not Found", detail, List.of(), null);
    }

    /** The Accept header accepts none of the representations the resource has. */
    public static ProblemException notAcceptable(List<MediaType> offered) {
        return new ProblemException(406, "not-acceptable", "Not Acceptable", "This resource answers only "
                + String.join(", ", offered.stream().map(Negotiation::name).toList()) + "; ask for one of them in the Accept header.",
                List.of(), null);
    }

    /** A sync token older than what the change log keeps: the partner must start a full sync. */
    public static ProblemException syncTokenExpired(String detail) {
        return new ProblemException(410, "sync-token-expired", "Gone", detail, List.of(), null);
    }

    /** The slug is taken by another resource of the kind. */
    public static ProblemException slugTaken(String kind, String slug) {
        return new ProblemException(409, "slug-taken", "Slug taken",
                "Another " + kind + " already has the slug '" + slug + "'; choose another, or leave it out to have one made.",
                List.of(new Problem.FieldError("slug", "is taken")), null);
    }

    /** A name that must be unique among the active ones is taken. */
    public static ProblemException nameTaken(String detail) {
        return new ProblemException(409, "name-taken", "Name taken", detail, List.of(new Problem.FieldError("name", "is taken")),
                null);
    }

    /** A write that the current state of the data does not allow. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of(), null);
    }

    /** An Idempotency-Key sent again with another request. */
    public static ProblemException idempotencyKeyReused() {
        return new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                "This Idempotency-Key was used for a different request; use a new key for a new request.", List.of(), null);
    }

    /** A write without If-Match. */
    public static ProblemException preconditionRequired(int currentRevision) {
        return new ProblemException(428, "precondition-required", "Precondition Required",
                "Writes need an If-Match header with the ETag of the version you edited, so that no edit is lost. "
                        + "The current revision is " + currentRevision + ".", List.of(), currentRevision);
    }

    /** A write made against a revision that is no longer the current one. */
    public static ProblemException staleRevision(int currentRevision) {
        return new ProblemException(412, "stale-revision", "Precondition Failed",
                "The resource changed since the version you edited; it is now at revision " + currentRevision
                        + ". Read it again, reapply your change and send the new ETag.", List.of(), currentRevision);
    }

    /** A browser page wrote from an origin that may not write. */
    public static ProblemException originNotAllowed(String origin) {
        return new ProblemException(403, "origin-not-allowed", "Forbidden",
                "Browsers may write to this API only from the origins it is configured for; '" + origin
                        + "' is not one of them.", List.of(), null);
    }

    /** A request body larger than the service reads (quarkus.http.limits.max-body-size). */
    public static ProblemException contentTooLarge(long limitBytes) {
        return new ProblemException(413, "content-too-large", "Content Too Large",
                "Request bodies may have at most " + limitBytes + " bytes (" + readable(limitBytes)
                        + "); this one has more. Send a smaller body.", List.of(), null);
    }

    /** A caller over its rate limit: the policy that refused it, as its RateLimit-Policy header names it. */
    public static ProblemException quotaExceeded(String policy, long quota, long windowSeconds, long retryAfterSeconds) {
        return new ProblemException(429, "quota-exceeded", "Too Many Requests",
                "The quota '" + policy + "' of " + quota + " requests every " + windowSeconds + " seconds is used up. "
                        + "Retry after the time in Retry-After (" + retryAfterSeconds + " seconds); the RateLimit header "
                        + "says what is left.", List.of(), null);
    }

    /** This instance is stopping: it takes no new request, and the client's retry reaches another one. */
    public static ProblemException shuttingDown() {
        return new ProblemException(503, "service-unavailable", "Service Unavailable",
                "This instance of the service is shutting down and takes no new requests. Retry: another instance "
                        + "answers.", List.of(), null);
    }

    /** 10485760 as "10 MiB", so the limit reads at a glance. */
    private static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Integer currentRevision() {
        return currentRevision;
    }
}
