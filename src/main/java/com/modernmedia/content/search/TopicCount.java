package com.modernmedia.content.search;

import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A topic and how many matching articles have it: what a topic= filter would leave. */
@Represents(ContentKind.TOPIC)
@Schema(name = "TopicCount", description = "A topic and the number of matching articles on it; its slug is the value of "
        + "the search's topic= filter")
public record TopicCount(
        @Schema(examples = "6d2b0f9e-0f7a-4a57-9a8e-3c2f1d4b5a61") UUID id,
        @Schema(examples = "iran") String slug,
        @Schema(examples = "Iran") String name,
        @Schema(description = "Matching articles on this topic", minimum = "1", examples = "12") long count) {
}
