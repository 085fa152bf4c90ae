package com.modernmedia.content.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.changelog.ChangeAction;
import com.modernmedia.content.changelog.ChangeView;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.PublishedKind;
import com.modernmedia.content.shared.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a change-log entry into the event an endpoint's owner receives, reading the resource as the owner sees
 * it now (the public, or a partner within its syndication rights): present, it is published (created or
 * published and visible) or updated, whole, as its GET answers; absent, a tombstone, deleted or unpublished
 * with the reason (an edit that leaves it out of sight too: removing what one does not have is harmless,
 * missing a removal is not). A resource created out of sight (a draft) is no event.
 */
@ApplicationScoped
class WebhookEvents {

    private final Map<ContentKind, PublishedKind> sources = new EnumMap<>(ContentKind.class);
    private final ObjectMapper mapper;

    WebhookEvents(Instance<PublishedKind> published, ObjectMapper mapper) {
        published.forEach(source -> sources.put(source.kind(), source));
        this.mapper = mapper;
    }

    /** The event's type and its body (Standard Webhooks: type, timestamp, data), or empty for no event. */
    Optional<Event> of(ChangeView change, Audience audience) {
        PublishedKind source = sources.get(change.kind());
        String kind = change.kind().value();
        Optional<? extends Versioned> resource = source.published(change.id(), audience);
        ObjectNode data = mapper.createObjectNode();
        data.put("kind", kind);
        data.put("id", change.id().toString());
        String type;
        if (resource.isPresent()) {
            boolean shown = change.action() == ChangeAction.CREATED || change.action() == ChangeAction.PUBLISHED;
            type = kind + (shown ? ".published" : ".updated");
            data.put("revision", resource.get().revision());
            data.setAll((ObjectNode) mapper.valueToTree(resource.get()));
        } else {
            if (change.action() == ChangeAction.CREATED) {
                return Optional.empty(); // created out of the public's sight: nothing to tell yet
            }
            PublishedKind.Withdrawn withdrawn = source.withdrawn(change.id(), audience)
                    .orElse(new PublishedKind.Withdrawn(null, change.revision(), PublishedKind.Withdrawn.Reason.DELETED));
            // Only a deletion is for good; any other reason (unpublished, and a partner's rights) may be undone.
            type = kind + (withdrawn.reason() == PublishedKind.Withdrawn.Reason.DELETED ? ".deleted" : ".unpublished");
            data.put("revision", withdrawn.revision());
            data.put("slug", withdrawn.slug());
            data.put("reason", withdrawn.reason().value());
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("type", type);
        body.put("timestamp", change.at().toString());
        body.set("data", data);
        try {
            return Optional.of(new Event(type, mapper.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written as JSON", e);
        }
    }

    record Event(String type, String payload) {
    }
}
