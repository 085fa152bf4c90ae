package com.modernmedia.content.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallToAction", description = "What the page shows around the article, such as a newsletter sign-up")
public record CallToAction(
        @Schema(examples = "newsletter") String kind,
        @Schema(examples = "Sign up for the weekly newsletter") String text,
        @Schema(examples = "https://www.modernmedia.example/newsletter") String url) {
}
