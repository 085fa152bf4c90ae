package com.modernmedia.content.changelog;

import com.modernmedia.content.model.Timestamps;
import com.modernmedia.content.shared.ContentKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Change", description = "One committed change of a resource, at its place in the change log")
public record ChangeView(
        @Schema(description = "Place in the log: changes are numbered in the order they committed, without gaps",
                examples = "1042") long position,
        @Schema(examples = "article", enumeration = {"article", "person", "topic", "quote", "image"}) ContentKind kind,
        @Schema(description = "The changed resource's id", examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") UUID id,
        @Schema(examples = "published", enumeration = {"created", "updated", "published", "unpublished", "deleted"})
        ChangeAction action,
        @Schema(description = "The resource's revision after the change", examples = "3") int revision,
        @Schema(examples = "2026-11-25T10:00:00Z") Instant at,
        @Schema(description = "Id of the API key that wrote it; null for what the service did itself (scheduled publication)",
                nullable = true, examples = "5b676ad5-1e0f-4a5e-9d3c-6a0e6f2b9c1d") UUID keyId,
        @Schema(description = "Name of the key, or system:<task> for the service itself", examples = "newsroom-cms") String keyName) {

    static ChangeView from(ChangeEntry entry) {
        return new ChangeView(entry.position, ContentKind.of(entry.kind), entry.resourceId, ChangeAction.of(entry.action),
                entry.revision, Timestamps.seconds(entry.changedAt), entry.keyId, entry.keyName);
    }
}
