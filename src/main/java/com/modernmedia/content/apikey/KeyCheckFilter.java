package com.modernmedia.content.apikey;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that sends a key has it checked, even where a key is not needed:
 * a wrong or expired key is a 401 everywhere, not a silent public read.
 * Requests without a key never pay for authentication.
 */
public class KeyCheckFilter {

    private final SecurityIdentity identity;

    public KeyCheckFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(preMatching = false)
    public void checkSentKey(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            identity.getPrincipal(); // authenticates now; a refused key throws, answered as 401
        }
    }
}
