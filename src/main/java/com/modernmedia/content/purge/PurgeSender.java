package com.modernmedia.content.purge;

import com.modernmedia.content.ContentConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** One purge request: the keys in a Surrogate-Key header, as Varnish (BAN) or Fastly (POST, Fastly-Key) takes them. */
class PurgeSender {

    static final String SURROGATE_KEY = "Surrogate-Key";

    private final ContentConfig.Purge settings;
    private final URI url;
    private final HttpClient client;

    PurgeSender(ContentConfig.Purge settings) {
        this.settings = settings;
        this.url = URI.create(settings.url().orElseThrow());
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The Surrogate-Key headers that name the keys: space-separated, each with at most maxKeys keys and at most
     * maxLength characters (a key longer than that alone).
     */
    static List<String> headers(Collection<String> keys, int maxKeys, int maxLength) {
        List<String> headers = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        int inHeader = 0;
        for (String key : keys) {
            if (inHeader > 0 && (inHeader == maxKeys || header.length() + 1 + key.length() > maxLength)) {
                headers.add(header.toString());
                header.setLength(0);
                inHeader = 0;
            }
            header.append(inHeader > 0 ? " " : "").append(key);
            inHeader++;
        }
        if (inHeader > 0) {
            headers.add(header.toString());
        }
        return headers;
    }

    /** Sends one request; empty when the CDN accepted it (2xx), else why not. */
    Optional<String> send(String keys) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.timeout()).header(SURROGATE_KEY, keys);
        if (settings.style() == ContentConfig.Purge.Style.FASTLY) {
            request.header("Fastly-Key", settings.token().orElseThrow()).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.method("BAN", HttpRequest.BodyPublishers.noBody());
        }
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of(url + " answered " + status);
        } catch (HttpTimeoutException e) {
            return Optional.of(url + " timed out: " + e.getMessage());
        } catch (IOException e) {
            return Optional.of("could not reach " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
