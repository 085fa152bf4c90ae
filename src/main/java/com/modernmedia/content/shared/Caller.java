package com.modernmedia.content.shared;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.UUID;

/**
 * Who makes a request or a write: the API key (its id and name), or the service itself for what it does on
 * its own (scheduled publication). The audit log and the change log record it.
 */
public record Caller(UUID keyId, String name) {

    /** Security identity attribute that carries the id of the API key. */
    public static final String KEY_ID = "content.key-id";

    /** The key behind the request; "anonymous" without one. */
    public static Caller of(SecurityIdentity identity) {
        return identity.isAnonymous() ? new Caller(null, "anonymous")
                : new Caller(identity.getAttribute(KEY_ID), identity.getPrincipal().getName());
    }

    /** The service itself, acting without a request. */
    public static Caller system(String task) {
        return new Caller(null, "system:" + task);
    }
}
