package com.modernmedia.content.shared;

import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.Date;

/** A representation with the time it last changed, answered with Last-Modified. */
public record Dated<T>(T body, Instant lastModified) {

    public RestResponse<T> toResponse() {
        return RestResponse.ResponseBuilder.ok(body).lastModified(Date.from(lastModified)).build();
    }
}
