package com.modernmedia.content.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event for one endpoint, with its body as built when enqueued and the state of its attempts. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    @Id
    UUID id;

    @Column(name = "endpoint_id")
    UUID endpointId;

    long position;

    String type;

    String payload;

    String status;

    int attempts;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "locked_until")
    Instant lockedUntil;

    @Column(name = "last_status")
    Integer lastStatus;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "last_attempt_at")
    Instant lastAttemptAt;

    @Column(name = "created_at")
    Instant createdAt;

    /** The webhook-id header: the same for every attempt of this event. */
    String eventId() {
        return "msg_" + id.toString().replace("-", "");
    }
}
