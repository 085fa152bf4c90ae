package com.modernmedia.content.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The one place where exceptions become HTTP answers: RFC 9457 problem details, or a 301 for a moved slug. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AllowedMethods allowedMethods;

    public ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response slugMoved(SlugMovedException e, UriInfo uri) {
        List<String> segments = new ArrayList<>();
        for (var segment : uri.getPathSegments()) {
            segments.add(segment.getPath().equals(e.oldSlug()) ? e.currentSlug() : segment.getPath());
        }
        URI location = uri.getRequestUriBuilder().replacePath(String.join("/", segments)).build();
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(location).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(400, "validation", "Validation failed",
                "The request has " + errors.size() + " invalid field(s); see errors.", uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON: " + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "HTTP " + status;
        Response.ResponseBuilder answer = builder(status, slug(title), title, detailFor(status, uri), uri, List.of());
        if (status == 405) {
            answer.header(HttpHeaders.ALLOW, allowedMethods.forPath(uri.getPath()));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri.getPath());
        return respond(500, "internal-error", "Internal Server Error",
                "The server could not answer this request. It has been logged as incident " + incident + ".",
                uri, List.of());
    }

    private static String detailFor(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "Nothing is served at " + uri.getPath() + ".";
            case 405 -> "This resource does not support that HTTP method; see the Allow header.";
            case 406 -> "This resource answers only application/json; ask for it in the Accept header.";
            case 415 -> "This resource does not take a body of that Content-Type; send application/json.";
            default -> "The request could not be processed.";
        };
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors) {
        return builder(status, type, title, detail, uri, errors).build();
    }

    private static Response.ResponseBuilder builder(int status, String type, String title, String detail, UriInfo uri,
                                                    List<Problem.FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String slug(String title) {
        return title.toLowerCase().replace(' ', '-');
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }
}
