package com.modernmedia.content.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.shared.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

@Schema(name = "ApiKey", description = "An API key as admins see it; the key itself is only in the answer that creates it")
public record ApiKeyView(
        @Schema(examples = "0b6f2c1e-7d3a-4e59-9a1b-2c3d4e5f6a7b") UUID id,
        @Schema(examples = "newsroom-cms") String name,
        @Schema(examples = "editor", enumeration = {"partner", "editor", "admin"}) Role role,
        @Schema(description = "First characters of the key, to tell keys apart", examples = "cak_Xw3b") String prefix,
        @Schema(examples = "2026-11-25T10:00:00Z") Instant createdAt,
        @Schema(nullable = true, examples = "2026-11-25T10:05:00Z") Instant lastUsedAt,
        @Schema(nullable = true, examples = "2027-11-25T00:00:00Z") Instant expiresAt,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(description = "A partner's region", nullable = true, examples = "GB") String region,
        @Schema(description = "The key, shown once, in the answer that creates it; store it safely",
                examples = "cak_Xw3bq2Tn8yq0XrJ4k7cX2dQmH1zPa9sL5vN6eR3tY0U")
        @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

    static ApiKeyView from(ApiKey key, String plaintext) {
        return new ApiKeyView(key.id, key.name, Role.of(key.role), key.keyPrefix, seconds(key.createdAt),
                seconds(key.lastUsedAt), seconds(key.expiresAt), seconds(key.revokedAt), key.region, plaintext);
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
