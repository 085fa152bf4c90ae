package com.modernmedia.content.article;

import com.modernmedia.content.model.BodyBlock;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallToAction", description = "What the page shows around the article, such as a newsletter sign-up")
public record CallToAction(
        @Schema(examples = "newsletter") @NotBlank @Size(max = 50) String kind,
        @Schema(examples = "Sign up for the weekly newsletter") @NotBlank @Size(max = 300) String text,
        @Schema(examples = "https://www.modernmedia.example/newsletter")
        @NotNull @Pattern(regexp = BodyBlock.WEB_URL, message = "must be an http or https URL") @Size(max = 2048) String url) {
}
