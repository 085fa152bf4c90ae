package com.modernmedia.content.shared;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Answers of write operations, made alike for every resource. */
public final class Responses {

    private Responses() {
    }

    /** 201 with the new resource's URL (the collection URL plus its key) in Location. */
    public static <T> RestResponse<T> created(UriInfo uri, Object key, T body) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(key.toString()).build())
                .entity(body).build();
    }
}
