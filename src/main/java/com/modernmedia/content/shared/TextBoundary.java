package com.modernmedia.content.shared;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The path, the query and the headers of every request are text the service may take (see {@link Texts}),
 * or the request is a 400 naming where the text was, before anything reads it. Bodies are held to the same
 * rule as Jackson reads them (StrictJson).
 */
public class TextBoundary {

    @ServerRequestFilter(preMatching = true, nonBlocking = true) // reads only the request: fine on the I/O thread
    public void checkText(ContainerRequestContext request, HttpServerRequest http) {
        String pathRefusal = Texts.refusal(decoded(http.path()));
        if (pathRefusal != null) {
            throw ProblemException.invalidPath(pathRefusal);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            parameter.getValue().forEach(value -> check(parameter.getKey(), value));
        }
        MultivaluedMap<String, String> headers = request.getHeaders();
        headers.forEach((name, values) -> values.forEach(value -> {
            String refusal = Texts.refusal(value);
            if (refusal != null) {
                throw ProblemException.invalidHeader(name, refusal);
            }
        }));
    }

    /** The path as its segments read once decoded (%00 is a NUL); one that does not decode is refused as such. */
    private static String decoded(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidPath("must be percent-encoded UTF-8");
        }
    }

    private static void check(String parameter, String text) {
        String refusal = Texts.refusal(text);
        if (refusal != null) {
            throw ProblemException.invalidParameter(parameter, refusal);
        }
    }
}
