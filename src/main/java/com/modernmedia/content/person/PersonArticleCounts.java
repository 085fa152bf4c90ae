package com.modernmedia.content.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonArticleCounts", description = "How many published articles a person wrote, is quoted in and is mentioned in")
public record PersonArticleCounts(
        @Schema(examples = "0") long authored,
        @Schema(examples = "3") long quoted,
        @Schema(examples = "1") long mentioned) {
}
