package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.modernmedia.content.ContentConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** The one place where exceptions become HTTP answers: RFC 9457 problem details, or a 301 for a moved slug. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AllowedMethods allowedMethods;
    private final Duration retryAfter;
    private final PublicUrl publicUrl;

    public ProblemMapper(AllowedMethods allowedMethods, ContentConfig config, PublicUrl publicUrl) {
        this.allowedMethods = allowedMethods;
        this.retryAfter = config.http().retryAfterOutage();
        this.publicUrl = publicUrl;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(problemOf(e, uri.getPath())).build();
    }

    /** The problem document of a client error, for the request path it occurred on. */
    public static Problem problemOf(ProblemException e, String path) {
        return new Problem(Problem.TYPE_BASE + e.type(), e.title(), e.status(), e.getMessage(), path, e.errors(),
                e.currentRevision());
    }

    /**
     * Answers with the problem where no JAX-RS resource is reached (a Vert.x filter ahead of them): the same
     * document, written straight to the response.
     */
    public static void send(RoutingContext context, ProblemException e, ObjectMapper mapper) {
        try {
            context.response().setStatusCode(e.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problemOf(e, context.request().path())));
        } catch (JsonProcessingException notExpected) {
            throw new IllegalStateException("a Problem always serializes", notExpected);
        }
    }

    /** No key, or a key the service does not accept: 401 with the challenge that says how to authenticate. */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        String detail = e instanceof AuthenticationFailedException
                ? "The API key is unknown, expired or revoked, or the Authorization header is not 'Bearer <key>'."
                : "This operation needs an API key: send Authorization: Bearer <key>.";
        return builder(401, "unauthorized", "Unauthorized", detail, uri, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"content-api\"").build();
    }

    /** Two edits of the same revision raced; the other one landed first. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response lostRace(RuntimeException e, UriInfo uri) {
        return respond(412, "stale-revision", "Precondition Failed",
                "Another edit of the same revision landed first. Read the resource again, reapply your change "
                        + "and send the new ETag.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "The role of this API key may not do this.", uri, List.of());
    }

    /** 301 for reads; 308 for writes, which a client must repeat with the same method at the new URL. */
    @ServerExceptionMapper
    public Response slugMoved(SlugMovedException e, UriInfo uri, Request request, HttpServerRequest vertxRequest) {
        List<String> segments = new ArrayList<>();
        for (var segment : uri.getPathSegments()) {
            segments.add(segment.getPath().equals(e.oldSlug()) ? e.currentSlug() : segment.getPath());
        }
        String query = vertxRequest.query(); // raw, as sent: UriInfo's request URI needs a Host header
        URI path = UriBuilder.fromPath("/").path(String.join("/", segments)).build();
        String location = publicUrl.of(path.getRawPath() + (query == null ? "" : "?" + query));
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        // A header, not location(): JAX-RS would resolve a path against the request's Host.
        return Response.status(read ? 301 : 308).header(HttpHeaders.LOCATION, location).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        return problem(ProblemException.invalidFields(e.getConstraintViolations().stream()
                .map(v -> fieldName(v).isEmpty() ? new Problem.FieldError("", "the request needs a JSON body")
                        : new Problem.FieldError(fieldName(v), v.getMessage())).toList()), uri);
    }

    /** JSON that does not parse, or parses into the wrong shape: the field is named where it is known. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return respond(400, "validation", "Validation failed", "The field '" + field + "' is invalid.", uri,
                    List.of(new Problem.FieldError(field, jsonFieldMessage(mapping))));
        }
        return respond(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON: " + whyUnreadable(e), uri,
                List.of());
    }

    /** What is wrong with a body that does not read, in terms of JSON, never of the classes that read it. */
    private static String whyUnreadable(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            StreamReadConstraints limits = StreamReadConstraints.defaults();
            return "it is too large for the service to read (numbers may have at most " + limits.getMaxNumberLength()
                    + " digits, text at most " + limits.getMaxStringLength() + " characters, and objects and arrays may "
                    + "nest at most " + limits.getMaxNestingDepth() + " deep).";
        }
        if (e instanceof MismatchedInputException) {
            return "the body must be a JSON object.";
        }
        String message = e.getOriginalMessage();
        return message.contains("`") ? "it does not parse." : message;
    }

    @ServerExceptionMapper
    public Response uncheckedJson(MergePatch.UncheckedJson e, UriInfo uri) {
        return unreadableJson((JsonProcessingException) e.getCause(), uri);
    }

    private static String jsonFieldMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this resource";
        }
        if (e instanceof StrictJson.RefusedValue) {
            return e.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            }
            return "must be " + switch (target.getSimpleName()) {
                case "UUID" -> "a UUID";
                case "Instant" -> "an ISO-8601 UTC time such as 2020-01-07T10:00:00Z";
                case "int", "Integer", "long", "Long" -> "a whole number";
                case "boolean", "Boolean" -> "true or false";
                case "String" -> "a string";
                default -> target.isRecord() || target.isInterface() ? "an object" : "of another type";
            };
        }
        return "has the wrong shape";
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri); // RESTEasy wraps a body that does not parse
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "HTTP " + status;
        Response.ResponseBuilder answer = builder(status, slug(title), title, detailFor(status, uri), uri, List.of());
        if (status == 406) {
            List<String> produced = allowedMethods.producedFor(uri.getPath());
            if (!produced.isEmpty()) {
                return problem(ProblemException.notAcceptable(produced.stream().map(MediaType::valueOf).toList()), uri);
            }
        }
        if (status == 405) {
            answer.header(HttpHeaders.ALLOW, allowedMethods.forPath(uri.getPath()));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causes(e)) {
            return unavailable(e, uri);
        }
        if (connectionClosed(e)) {
            // The client hung up (or fell idle) before its body was whole: nothing was done, and nobody reads this.
            LOG.debugf("The connection closed before the request to %s was read whole", uri.getPath());
            return problem(ProblemException.malformedJson("The request body ended before its declared length: the connection closed."), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri.getPath());
        return respond(500, "internal-error", "Internal Server Error",
                "The server could not answer this request. It has been logged as incident " + incident + ".",
                uri, List.of());
    }

    /** PostgreSQL cannot be reached: nothing was done, and the client may try again shortly. */
    private Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", uri.getPath(), rootMessage(e));
        return builder(503, "service-unavailable", "Service Unavailable",
                "The service cannot reach its database just now. Retry after the time in Retry-After.", uri, List.of())
                .header(HttpHeaders.RETRY_AFTER, retryAfter.toSeconds()).build();
    }

    private static boolean connectionClosed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String detailFor(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "Nothing is served at " + uri.getPath() + ".";
            case 405 -> "This resource does not support that HTTP method; see the Allow header.";
            case 406 -> "This resource answers only application/json; ask for it in the Accept header.";
            case 415 -> "This operation does not take a body of that Content-Type: send application/json, "
                    + "or application/merge-patch+json for PATCH.";
            default -> "The request could not be processed.";
        };
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors) {
        return builder(status, type, title, detail, uri, errors).build();
    }

    private static Response.ResponseBuilder builder(int status, String type, String title, String detail, UriInfo uri,
                                                    List<Problem.FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, uri.getPath(), errors, null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String slug(String title) {
        return title.toLowerCase().replace(' ', '-');
    }

    /**
     * The field as the body names it, nested ones included: callToAction.url, people[2].title, authorIds[0];
     * empty for the body as a whole (a JSON Pointer to the document).
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
