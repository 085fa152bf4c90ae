package com.modernmedia.content.webhook;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.Responses;
import com.modernmedia.content.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PARTNER_ROLE)
@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
@Tag(name = "Webhooks", description = "Signed events (Standard Webhooks) of what the public sees change, sent to partners' "
        + "endpoints; each key sees and manages its own endpoints, admins all")
public class WebhookResource {

    private static final String ID = "The webhook's id";

    private final WebhookService webhooks;
    private final Responses responses;

    public WebhookResource(WebhookService webhooks, Responses responses) {
        this.webhooks = webhooks;
        this.responses = responses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook endpoint",
            description = "Events of changes committed from now on are sent to the URL. The answer holds the signing "
                    + "secret, once: store it, it cannot be read again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookInput.class),
            examples = @ExampleObject(name = "every article event", value = "{\"url\": \"https://partner.example/hooks/content\", "
                    + "\"events\": [\"article.*\"], \"description\": \"Our mirror of the magazine\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location is its URL, secret its signing secret (shown once)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public RestResponse<WebhookView> create(@Valid @NotNull WebhookInput input, UriInfo uri) {
        WebhookView created = webhooks.create(input);
        return responses.created(uri, created.id(), created);
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook endpoints, newest first",
            description = "The caller's own endpoints (an admin's key: everyone's), without their secrets.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    public Page<WebhookView> list(@BeanParam PageParams page) {
        return webhooks.list(page.toRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook endpoint",
            description = "With disabledReason and disabledAt when the service disabled it. Another key's endpoint is a 404.")
    @APIResponse(responseCode = "200", description = "The endpoint, without its secret")
    public WebhookView get(@Parameter(description = ID, example = ApiDoc.Demo.WEBHOOK_ID) @PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateWebhook", summary = "Change a webhook endpoint",
            description = "A JSON Merge Patch (RFC 7396) of url, events, description and enabled. enabled: true starts a "
                    + "disabled endpoint again where it stopped.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = WebhookUpdate.class),
            examples = @ExampleObject(name = "enable again", value = "{\"enabled\": true}")))
    @APIResponse(responseCode = "200", description = "The endpoint as changed")
    public WebhookView patch(@Parameter(description = ID, example = ApiDoc.Demo.WEBHOOK_ID) @PathParam("id") UUID id,
                             byte[] mergePatch) {
        return webhooks.patch(id, mergePatch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint",
            description = "Nothing more is sent to it, and its delivery log goes with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@Parameter(description = ID, example = ApiDoc.Demo.WEBHOOK_ID) @PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's signing secret",
            description = "The answer holds the new secret, once. The old one signs too (a second signature in "
                    + "webhook-signature) until previousSecretExpiresAt (content.webhooks.secret-grace, 24 hours by default).")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret (shown once)")
    public WebhookView rotateSecret(@Parameter(description = ID, example = ApiDoc.Demo.WEBHOOK_ID) @PathParam("id") UUID id) {
        return webhooks.rotateSecret(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries, newest first",
            description = "Each event with its status (pending, delivered, failed), attempts, last answer and next attempt.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    public Page<WebhookDeliveryView> deliveries(
            @Parameter(description = ID, example = ApiDoc.Demo.WEBHOOK_ID) @PathParam("id") UUID id,
            @BeanParam PageParams page) {
        return webhooks.deliveries(id, page.toRequest());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send an event again",
            description = "The event is sent again, with the same webhook-id and body, as soon as the endpoint's events "
                    + "before it are delivered or given up, with a fresh schedule of retries (attempts counts from 0).")
    @APIResponse(responseCode = "202", description = "Accepted: the delivery is pending again and due now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryView.class)))
    public RestResponse<WebhookDeliveryView> redeliver(
            @Parameter(description = ID, example = ApiDoc.Demo.WEBHOOK_ID) @PathParam("id") UUID id,
            @Parameter(description = "The delivery's id", example = ApiDoc.Demo.WEBHOOK_DELIVERY_ID)
            @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, webhooks.redeliver(id, deliveryId)).build();
    }
}
