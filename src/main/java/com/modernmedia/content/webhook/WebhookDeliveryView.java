package com.modernmedia.content.webhook;

import com.modernmedia.content.model.Timestamps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "WebhookDelivery", description = "One event for an endpoint and the state of its delivery")
public record WebhookDeliveryView(
        @Schema(examples = "4d2e8f61-3b7a-4c95-8e1d-6a0f2b9c7e53") UUID id,
        @Schema(description = "The webhook-id header of every attempt of this event", examples = "msg_4d2e8f613b7a4c958e1d6a0f2b9c7e53")
        String eventId,
        @Schema(examples = "article.published") String type,
        @Schema(description = "The change-log position of the change it tells of", examples = "1042") long position,
        @Schema(description = "pending (to be sent, or retried), delivered (a 2xx answer) or failed (given up)",
                examples = "delivered", enumeration = {"pending", "delivered", "failed"}) String status,
        @Schema(examples = "1") int attempts,
        @Schema(description = "The HTTP status of the last answer; null before any, or when there was none (a timeout)",
                nullable = true, examples = "200") Integer lastResponseStatus,
        @Schema(nullable = true, examples = "2026-11-25T10:00:01Z") Instant lastAttemptAt,
        @Schema(description = "When the next attempt is due; null unless pending", nullable = true,
                examples = "2026-11-25T10:00:11Z") Instant nextAttemptAt,
        @Schema(description = "What went wrong in the last attempt; null after a success", nullable = true,
                examples = "answered 503") String lastError,
        @Schema(examples = "2026-11-25T10:00:00Z") Instant createdAt) {

    static WebhookDeliveryView from(WebhookDelivery delivery) {
        return new WebhookDeliveryView(delivery.id, delivery.eventId(), delivery.type, delivery.position, delivery.status,
                delivery.attempts, delivery.lastStatus, Timestamps.seconds(delivery.lastAttemptAt),
                Timestamps.seconds(delivery.nextAttemptAt), delivery.lastError, Timestamps.seconds(delivery.createdAt));
    }
}
