package com.modernmedia.content.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Schema(name = "AuditEntry", description = "One write through the API")
public record AuditEntryView(
        @Schema(examples = "42") long id,
        @Schema(examples = "2026-11-25T10:00:00Z") Instant at,
        @Schema(description = "Name of the key that wrote", examples = "newsroom-cms") String keyName,
        @Schema(examples = "publish") String action,
        @Schema(examples = "article") String targetKind,
        @Schema(nullable = true, examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4") UUID targetId,
        @Schema(description = "What changed, in short: the resource's slug or url, its revision and the fields that changed",
                nullable = true, implementation = Map.class) JsonNode detail) {
}
