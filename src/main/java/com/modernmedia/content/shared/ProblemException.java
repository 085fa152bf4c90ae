package com.modernmedia.content.shared;

import java.util.List;

/** A client error the API answers as RFC 9457 problem details; see {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Integer currentRevision;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        this(status, type, title, detail, errors, null);
    }

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
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
                List.of(new Problem.FieldError(field, message)));
    }

    /** The slug is taken by another resource of the kind. */
    public static ProblemException slugTaken(String kind, String slug) {
        return new ProblemException(409, "slug-taken", "Slug taken",
                "Another " + kind + " already has the slug '" + slug + "'; choose another, or leave it out to have one made.",
                List.of(new Problem.FieldError("slug", "is taken")));
    }

    /** A write that the current state of the data does not allow. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not Found", detail, List.of());
    }

    /** A query parameter the client can fix: 400 with one error naming the parameter. */
    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter",
                "Query parameter '" + parameter + "' is invalid: " + message,
                List.of(new Problem.FieldError(parameter, message)));
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
