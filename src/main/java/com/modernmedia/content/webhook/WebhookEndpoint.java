package com.modernmedia.content.webhook;

import com.modernmedia.content.shared.Audience;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A partner's URL that receives signed events; its cursor in the change log says how far it has taken them. */
@Entity
@Table(name = "webhook_endpoint")
class WebhookEndpoint {

    @Id
    UUID id;

    @Column(name = "owner_key_id")
    UUID ownerKeyId;

    /** The owner's name, when its key is a partner's: events then carry only what its rights allow. */
    @Column(name = "owner_partner")
    String ownerPartner;

    @Column(name = "owner_region")
    String ownerRegion;

    String url;

    /** Comma-separated event types. */
    String events;

    String description;

    boolean enabled;

    @Column(name = "disabled_reason")
    String disabledReason;

    @Column(name = "disabled_at")
    Instant disabledAt;

    String secret;

    @Column(name = "previous_secret")
    String previousSecret;

    @Column(name = "previous_secret_until")
    Instant previousSecretUntil;

    long position;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    List<String> eventList() {
        return Arrays.asList(events.split(","));
    }

    /** The secrets that sign now: the current one, and the one before a rotation during its grace. */
    List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    /** Whom its events are for: the owner's partner rights, or the public for an editor's or admin's key. */
    Audience audience() {
        return ownerPartner == null ? Audience.PUBLIC : new Audience(ownerPartner, ownerRegion);
    }
}
