package com.modernmedia.content.webhook;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.audit.AuditLog;
import com.modernmedia.content.changelog.ChangeLog;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Partners' endpoints: each key sees and manages its own, admins all of them. */
@ApplicationScoped
class WebhookService {

    /** How the audit log names what these writes change. */
    private static final String TARGET = "webhook";

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final ChangeLog changes;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final ContentConfig config;
    private final Clock clock;

    WebhookService(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, ChangeLog changes,
                   MergePatch mergePatch, AuditLog audit, SecurityIdentity identity, ContentConfig config, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.changes = changes;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.identity = identity;
        this.config = config;
        this.clock = clock;
    }

    /** A new endpoint takes the events of changes after the log's head now; the answer holds its secret, once. */
    @Transactional
    WebhookView create(WebhookInput input) {
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.ownerKeyId = Caller.of(identity).keyId();
        Audience owner = Audience.of(identity);
        endpoint.ownerPartner = owner.partner();
        endpoint.ownerRegion = owner.region();
        endpoint.url = WebhookUrls.check(input.url(), config.webhooks().allowHttp());
        endpoint.events = String.join(",", EventTypes.check(input.events()));
        endpoint.description = input.description();
        endpoint.enabled = true;
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.position = changes.head();
        endpoint.createdAt = now;
        endpoint.updatedAt = now;
        endpoints.persist(endpoint);
        audit.record("create", TARGET, endpoint.id, facts(endpoint));
        return WebhookView.from(endpoint, now, endpoint.secret);
    }

    Page<WebhookView> list(PageRequest page) {
        List<WebhookEndpoint> found = endpoints.listNewestFirst(owner(), page.after(WebhookEndpointRepository.CURSOR_KIND),
                page.limit() + 1);
        Instant now = clock.instant();
        Long total = page.withTotal() ? (owner() == null ? endpoints.count() : endpoints.count("ownerKeyId", owner())) : null;
        return Page.of(found, page.limit(), e -> CursorCodec.encode(WebhookEndpointRepository.CURSOR_KIND, e.createdAt, e.id),
                e -> WebhookView.from(e, now, null), total);
    }

    WebhookView get(UUID id) {
        return WebhookView.from(find(id), clock.instant(), null);
    }

    /** A JSON Merge Patch of url, events, description and enabled; enabling again clears why it was disabled. */
    @Transactional
    WebhookView patch(UUID id, byte[] patch) {
        WebhookEndpoint endpoint = find(id);
        WebhookUpdate update = mergePatch.apply(WebhookUpdate.from(endpoint), patch, WebhookUpdate.class);
        endpoint.url = WebhookUrls.check(update.url(), config.webhooks().allowHttp());
        endpoint.events = String.join(",", EventTypes.check(update.events()));
        endpoint.description = update.description();
        if (update.enabled() && !endpoint.enabled) {
            endpoint.disabledReason = null;
            endpoint.disabledAt = null;
        }
        endpoint.enabled = update.enabled();
        endpoint.updatedAt = clock.instant();
        audit.record("update", TARGET, endpoint.id, facts(endpoint));
        return WebhookView.from(endpoint, endpoint.updatedAt, null);
    }

    @Transactional
    void delete(UUID id) {
        WebhookEndpoint endpoint = find(id);
        endpoints.delete(endpoint);
        audit.record("delete", TARGET, endpoint.id, facts(endpoint));
    }

    /** A new secret, shown once; the one before signs too for content.webhooks.secret-grace. */
    @Transactional
    WebhookView rotateSecret(UUID id) {
        WebhookEndpoint endpoint = find(id);
        Instant now = clock.instant();
        endpoint.previousSecret = endpoint.secret;
        endpoint.previousSecretUntil = now.plus(config.webhooks().secretGrace());
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.updatedAt = now;
        audit.record("rotate-secret", TARGET, endpoint.id, Map.of("previousSecretUntil", endpoint.previousSecretUntil.toString()));
        return WebhookView.from(endpoint, now, endpoint.secret);
    }

    Page<WebhookDeliveryView> deliveries(UUID id, PageRequest page) {
        WebhookEndpoint endpoint = find(id);
        List<WebhookDelivery> found = deliveries.listNewestFirst(endpoint.id,
                page.after(WebhookDeliveryRepository.CURSOR_KIND), page.limit() + 1);
        Long total = page.withTotal() ? deliveries.count("endpointId", endpoint.id) : null;
        return Page.of(found, page.limit(), d -> CursorCodec.encode(WebhookDeliveryRepository.CURSOR_KIND, d.position),
                WebhookDeliveryView::from, total);
    }

    /**
     * Sends the event again, with the same webhook-id and body, as soon as the endpoint's events before it are
     * delivered or given up: it is pending again, due now, with a fresh schedule of retries.
     */
    @Transactional
    WebhookDeliveryView redeliver(UUID id, UUID deliveryId) {
        WebhookEndpoint endpoint = find(id);
        WebhookDelivery delivery = deliveries.findByIdOptional(deliveryId)
                .filter(d -> d.endpointId.equals(endpoint.id))
                .orElseThrow(() -> ProblemException.notFound("The webhook has no delivery with the id '" + deliveryId + "'."));
        delivery.status = WebhookDelivery.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = clock.instant();
        audit.record("redeliver", TARGET, endpoint.id, Map.of("delivery", delivery.id.toString(), "position", delivery.position));
        return WebhookDeliveryView.from(delivery);
    }

    /** What the audit log keeps of an endpoint: never its secrets. */
    private static Map<String, Object> facts(WebhookEndpoint endpoint) {
        return Map.of("url", endpoint.url, "events", endpoint.eventList(), "enabled", endpoint.enabled);
    }

    /** Another key's endpoint is a 404, as if it did not exist. */
    private WebhookEndpoint find(UUID id) {
        return endpoints.findVisible(id, owner())
                .orElseThrow(() -> ProblemException.notFound("No webhook has the id '" + id + "'."));
    }

    /** The key whose endpoints the caller sees; null for an admin, who sees all. */
    private UUID owner() {
        return identity.hasRole(Role.ADMIN_ROLE) ? null : Caller.of(identity).keyId();
    }
}
