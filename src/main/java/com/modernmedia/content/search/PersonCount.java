package com.modernmedia.content.search;

import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A person and how many matching articles quote or mention them: what a person= filter would leave. */
@Represents(ContentKind.PERSON)
@Schema(name = "PersonCount", description = "A person and the number of matching articles that quote or mention them; "
        + "their slug is the value of the search's person= filter")
public record PersonCount(
        @Schema(examples = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9") UUID id,
        @Schema(examples = "arshin-adib-moghaddam") String slug,
        @Schema(examples = "Arshin Adib-Moghaddam") String name,
        @Schema(description = "Matching articles that quote or mention this person", minimum = "1", examples = "7") long count) {
}
