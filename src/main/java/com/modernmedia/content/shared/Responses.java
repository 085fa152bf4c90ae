package com.modernmedia.content.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers made alike for every resource: of writes, and of reads that link their next page themselves. */
@ApplicationScoped
public class Responses {

    private final PublicUrl publicUrl;

    Responses(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** 201 with the new resource's URL (the collection's path plus its key) in Location. */
    public <T> RestResponse<T> created(UriInfo uri, Object key, T body) {
        // A header, not ResponseBuilder.created(): JAX-RS would resolve a path against the request's Host.
        String path = UriBuilder.fromPath(uri.getPath()).path(key.toString()).build().getRawPath();
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, publicUrl.of(path)).entity(body).build();
    }

    /** 200 with a Link to the next page (a path with its query, percent-encoded) when there is one. */
    public <T> RestResponse<T> withNext(T body, String nextPath) {
        RestResponse.ResponseBuilder<T> answer = RestResponse.ResponseBuilder.ok(body);
        if (nextPath != null) {
            answer.header("Link", "<" + publicUrl.of(nextPath) + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
