package com.modernmedia.content.apikey;

import com.modernmedia.content.shared.Role;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
        @Future Instant expiresAt,
        @Schema(description = "A partner's region (ISO 3166-1 alpha-2): articles limited to regions are shown to partners of "
                + "those regions only; a partner without one sees none of them", nullable = true, examples = "GB", maxLength = 2)
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals, such as GB") String region) {
}
