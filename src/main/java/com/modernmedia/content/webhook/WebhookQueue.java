package com.modernmedia.content.webhook;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.changelog.ChangeLog;
import com.modernmedia.content.changelog.ChangeView;
import com.modernmedia.content.shared.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The state of delivery, all of it in PostgreSQL: each endpoint's cursor in the change log, and its deliveries.
 * Each method is one short transaction; no lock is held while an event is sent.
 */
@ApplicationScoped
class WebhookQueue {

    /** The most change-log entries one endpoint takes in one transaction. */
    static final int BATCH = 200;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEvents events;
    private final ChangeLog changes;
    private final ContentConfig config;
    private final Clock clock;

    WebhookQueue(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, WebhookEvents events,
                 ChangeLog changes, ContentConfig config, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.events = events;
        this.changes = changes;
        this.config = config;
        this.clock = clock;
    }

    /** The endpoints with events to take from the change log. */
    List<UUID> endpointsBehind() {
        return endpoints.enabledBehind();
    }

    /**
     * Takes the endpoint's events from the change log after its cursor, as deliveries due now, and moves the
     * cursor past them, in one transaction under the endpoint's row lock (another instance skips it meanwhile).
     * The body is built here, so that every attempt sends the same bytes. True when more entries wait.
     */
    @Transactional
    boolean enqueue(UUID endpointId) {
        Optional<WebhookEndpoint> locked = endpoints.lockEnabled(endpointId);
        if (locked.isEmpty()) {
            return false;
        }
        WebhookEndpoint endpoint = locked.get();
        long head = changes.head();
        if (endpoint.position >= head) {
            return false;
        }
        List<ChangeView> found = changes.between(endpoint.position, head, EnumSet.allOf(ContentKind.class), BATCH);
        List<String> subscribed = endpoint.eventList();
        Instant now = clock.instant();
        for (ChangeView change : found) {
            events.of(change, endpoint.audience()).filter(event -> EventTypes.matches(subscribed, event.type())).ifPresent(event -> {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.id = UUID.randomUUID();
                delivery.endpointId = endpoint.id;
                delivery.position = change.position();
                delivery.type = event.type();
                delivery.payload = event.payload();
                delivery.status = WebhookDelivery.PENDING;
                delivery.nextAttemptAt = now;
                delivery.createdAt = now;
                deliveries.persist(delivery);
            });
        }
        boolean more = found.size() == BATCH;
        endpoint.position = more ? found.get(found.size() - 1).position() : head;
        return more;
    }

    /**
     * Claims one due delivery for an attempt: the oldest pending one of an enabled endpoint, due now and held by
     * no instance. It is leased for the longest an attempt can take, so that nobody else sends it meanwhile.
     */
    // Workers call this from their own threads: Hibernate's session needs a request context to pick its database.
    @ActivateRequestContext
    @Transactional
    Optional<Claim> claim() {
        Instant now = clock.instant();
        List<UUID> due = deliveries.lockDue(now, 1);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        WebhookDelivery delivery = deliveries.findById(due.get(0));
        delivery.lockedUntil = now.plus(config.webhooks().connectTimeout()).plus(config.webhooks().requestTimeout())
                .plusSeconds(30);
        WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId);
        return Optional.of(new Claim(delivery.id, endpoint.url, delivery.eventId(), delivery.payload,
                endpoint.signingSecrets(now)));
    }

    /**
     * Records an attempt: delivered on a 2xx; retried later on a timeout, connection error, 5xx or 429, until the
     * attempts run out, which gives the event up and disables its endpoint; given up at once on any other answer,
     * and the endpoint goes on with its next event.
     */
    @ActivateRequestContext
    @Transactional
    void record(UUID deliveryId, WebhookSender.Outcome outcome) {
        Optional<WebhookDelivery> found = deliveries.findByIdOptional(deliveryId);
        if (found.isEmpty()) {
            return; // its endpoint was deleted meanwhile
        }
        WebhookDelivery delivery = found.get();
        Instant now = clock.instant();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.delivered() ? null : truncate(outcome.error() != null ? outcome.error()
                : "answered " + outcome.status());
        delivery.lockedUntil = null;
        if (outcome.delivered()) {
            delivery.status = WebhookDelivery.DELIVERED;
            delivery.nextAttemptAt = null;
        } else if (outcome.retryable() && delivery.attempts < config.webhooks().maxAttempts()) {
            delivery.nextAttemptAt = now.plus(delay(delivery.attempts, outcome, now));
        } else {
            delivery.status = WebhookDelivery.FAILED;
            delivery.nextAttemptAt = null;
            if (outcome.retryable()) {
                disable(delivery, now);
            }
        }
    }

    /** An endpoint whose event failed every attempt is disabled, and says why. */
    private void disable(WebhookDelivery delivery, Instant now) {
        WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId);
        endpoint.enabled = false;
        endpoint.disabledAt = now;
        endpoint.disabledReason = truncate("Event " + delivery.eventId() + " (" + delivery.type + ", position "
                + delivery.position + ") failed after " + delivery.attempts + " attempts; the last: " + delivery.lastError
                + ". Fix the endpoint, then enable it again (PATCH enabled: true); it goes on with the next event.");
        endpoint.updatedAt = now;
    }

    /**
     * The wait before the next attempt: the Retry-After of a 429 or 503 (seconds or an HTTP date) if it has one,
     * else base-delay doubled for each attempt so far, at most max-delay, plus up to 25 % jitter.
     */
    Duration delay(int attempts, WebhookSender.Outcome outcome, Instant now) {
        Duration max = config.webhooks().maxDelay();
        if (outcome.status() != null && (outcome.status() == 429 || outcome.status() == 503)) {
            Optional<Duration> asked = outcome.retryAfter().flatMap(value -> retryAfter(value, now));
            if (asked.isPresent()) {
                return asked.get().compareTo(max) > 0 ? max : asked.get();
            }
        }
        Duration exponential = config.webhooks().baseDelay().multipliedBy(1L << Math.min(attempts - 1, 30));
        Duration capped = exponential.compareTo(max) > 0 ? max : exponential;
        long millis = capped.toMillis();
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 4 + 1));
    }

    private static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** A delivery claimed for one attempt, with what the attempt needs. */
    record Claim(UUID deliveryId, String url, String eventId, String payload, List<String> secrets) {
    }
}
