package com.modernmedia.content.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.model.Timestamps;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Webhook", description = "A registered endpoint; its secret is only in the answers that create or rotate it")
public record WebhookView(
        @Schema(examples = "7c1f3a52-0d4e-4b8a-9e61-2f5a8c3d9b10") UUID id,
        @Schema(examples = "https://partner.example/hooks/content") String url,
        @Schema(examples = "[\"article.*\"]") List<String> events,
        @Schema(nullable = true, examples = "Our mirror of the magazine") String description,
        @Schema(description = "false: no events are sent (disabled by its owner, or by the service, see disabledReason)",
                examples = "true") boolean enabled,
        @Schema(description = "Why the service disabled it (an event failed after every retry); null otherwise",
                nullable = true, examples = "Event msg_… (article.published) failed after 17 attempts: answered 500")
        String disabledReason,
        @Schema(nullable = true, examples = "2026-11-28T10:00:00Z") Instant disabledAt,
        @Schema(description = "The last change-log position it has taken events from", examples = "1042") long position,
        @Schema(description = "Until when the secret before the last rotation still signs too; null when only one signs",
                nullable = true, examples = "2026-11-26T10:00:00Z") Instant previousSecretExpiresAt,
        @Schema(examples = "2026-11-25T10:00:00Z") Instant createdAt,
        @Schema(examples = "2026-11-25T10:00:00Z") Instant updatedAt,
        @Schema(description = "The signing secret, shown once, in the answer that creates or rotates it: whsec_ and the "
                + "base64 of 32 random bytes", examples = "whsec_mNNhDOfbZs0QoAfWt+qqLEjC3vmslrA1ZLjDaoSZAII=")
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static WebhookView from(WebhookEndpoint endpoint, Instant now, String secret) {
        Instant graceEnd = endpoint.previousSecret != null && endpoint.previousSecretUntil != null
                && endpoint.previousSecretUntil.isAfter(now) ? endpoint.previousSecretUntil : null;
        return new WebhookView(endpoint.id, endpoint.url, endpoint.eventList(), endpoint.description, endpoint.enabled,
                endpoint.disabledReason, Timestamps.seconds(endpoint.disabledAt), endpoint.position,
                Timestamps.seconds(graceEnd), Timestamps.seconds(endpoint.createdAt), Timestamps.seconds(endpoint.updatedAt),
                secret);
    }
}
