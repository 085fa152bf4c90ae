package com.modernmedia.content.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookInput", description = "An endpoint to register: where to send events, and which")
public record WebhookInput(
        @Schema(description = "Absolute https URL (http only where the service allows it: dev and tests); no user name or "
                + "password in it. Redirects are not followed.", required = true, maxLength = WebhookInput.URL_MAX,
                pattern = "^https?://", examples = "https://partner.example/hooks/content")
        @NotBlank @Size(max = URL_MAX) String url,
        @Schema(description = "Event types: <kind>.<action> with kind article, person, topic, quote or image and action "
                + "published, updated, unpublished or deleted; <kind>.* for every action of a kind; * for all",
                required = true, minItems = 1, maxItems = WebhookInput.EVENTS_MAX, examples = "[\"article.*\"]")
        @NotNull @NotEmpty @Size(max = EVENTS_MAX) List<@NotBlank @Size(max = EVENT_MAX) String> events,
        @Schema(description = "What the endpoint is for", nullable = true, maxLength = WebhookInput.DESCRIPTION_MAX,
                examples = "Our mirror of the magazine")
        @Size(max = DESCRIPTION_MAX) String description) {

    static final int URL_MAX = 2000;
    static final int EVENTS_MAX = 25;
    static final int EVENT_MAX = 40;
    static final int DESCRIPTION_MAX = 500;
}
