package com.modernmedia.content.webhook;

import com.modernmedia.content.ContentConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One attempt of one event: a POST signed as Standard Webhooks says, never following a redirect. */
@ApplicationScoped
class WebhookSender {

    private final ContentConfig config;
    private final Clock clock;
    private final ExecutorService executor;
    private final HttpClient client;

    WebhookSender(ContentConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.executor = Executors.newCachedThreadPool();
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.webhooks().connectTimeout()).executor(executor).build();
    }

    Outcome send(String url, String eventId, String payload, List<String> secrets) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.webhooks().requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("webhook-id", eventId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(secrets, eventId, timestamp, payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), response.headers().firstValue("Retry-After"), null);
        } catch (HttpTimeoutException e) {
            return new Outcome(null, Optional.empty(), "timed out: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, Optional.empty(), "could not connect: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, Optional.empty(), "interrupted");
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /** What an attempt got: an answer's status (and its Retry-After), or an error without an answer. */
    record Outcome(Integer status, Optional<String> retryAfter, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        /** Timeouts, connection errors, 5xx and 429 may succeed later; any other answer will not. */
        boolean retryable() {
            return status == null || status >= 500 || status == 429;
        }
    }
}
