package com.modernmedia.content.apikey;

import com.modernmedia.content.shared.Role;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "NewApiKey", description = "What to create a key for")
public record NewApiKey(
        @Schema(description = "Who or what uses the key", examples = "newsroom-cms")
        @NotBlank @Size(max = 100) String name,
        @Schema(examples = "editor", enumeration = {"partner", "editor", "admin"})
        @NotNull Role role,
        @Schema(description = "When the key stops working; never when absent", nullable = true, examples = "2027-11-25T00:00:00Z")
        @Future Instant expiresAt) {
}
