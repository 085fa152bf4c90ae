package com.modernmedia.content.shared;

import com.modernmedia.content.ContentConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The URLs the service writes into headers (Location, Link): the configured public base URL
 * ({@code content.public-url}) and a path, or the path alone when none is configured. Never the request's
 * Host: a client could name any host there, and a shared cache in front would hand its answer to others.
 */
@ApplicationScoped
public class PublicUrl {

    /** Scheme, host and port (and a path prefix, if the service is mounted under one), without a trailing slash. */
    private final String base;

    PublicUrl(ContentConfig config) {
        this.base = config.publicUrl().map(PublicUrl::checked).orElse("");
    }

    /** The URL of a path ("/api/v1/…", percent-encoded, with its query if any). */
    public String of(String path) {
        return base + path;
    }

    private static String checked(String configured) {
        try {
            URI uri = new URI(configured);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("content.public-url (CONTENT_PUBLIC_URL) must be an http or https URL "
                        + "without user, query or fragment, e.g. https://content.example.com; it is " + configured);
            }
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("content.public-url (CONTENT_PUBLIC_URL) is not a URL: " + configured, e);
        }
    }
}
