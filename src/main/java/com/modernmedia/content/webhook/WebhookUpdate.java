package com.modernmedia.content.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an owner may change of an endpoint; a PATCH is a JSON Merge Patch of it. */
@Schema(name = "WebhookUpdate", description = "The fields of an endpoint its owner may change")
public record WebhookUpdate(
        @Schema(description = "Absolute https URL (http only where the service allows it); no credentials in it",
                maxLength = WebhookInput.URL_MAX, pattern = "^https?://", examples = "https://partner.example/hooks/content")
        @NotBlank @Size(max = WebhookInput.URL_MAX) String url,
        @Schema(description = "Event types, as when registering", minItems = 1, maxItems = WebhookInput.EVENTS_MAX,
                examples = "[\"article.published\", \"article.deleted\"]")
        @NotNull @NotEmpty @Size(max = WebhookInput.EVENTS_MAX)
        List<@NotBlank @Size(max = WebhookInput.EVENT_MAX) String> events,
        @Schema(nullable = true, maxLength = WebhookInput.DESCRIPTION_MAX, examples = "Our mirror of the magazine")
        @Size(max = WebhookInput.DESCRIPTION_MAX) String description,
        @Schema(description = "false stops deliveries; true starts them again (and clears disabledReason), going on "
                + "from where the endpoint stopped", examples = "true")
        @NotNull Boolean enabled) {

    static WebhookUpdate from(WebhookEndpoint endpoint) {
        return new WebhookUpdate(endpoint.url, endpoint.eventList(), endpoint.description, endpoint.enabled);
    }
}
