package com.modernmedia.content.shared;

import java.util.List;

/** A client error the API answers as RFC 9457 problem details; see {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
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
}
