package com.modernmedia.content.webhook;

import com.modernmedia.content.shared.ProblemException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What an endpoint URL must be: absolute http(s) with a host, https unless allowed, no credentials. */
final class WebhookUrls {

    private WebhookUrls() {
    }

    static String check(String url, boolean allowHttp) {
        String text = url.strip();
        if (text.length() > WebhookInput.URL_MAX) {
            throw invalid("must have at most " + WebhookInput.URL_MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalid("must be an absolute https:// URL");
        }
        if (scheme.equals("http") && !allowHttp) {
            throw invalid("must use https; http:// is not accepted here");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not contain a user name or password; authenticate by the signature");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid("must name a host");
        }
        return text;
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalidField("url", message);
    }
}
