package com.modernmedia.content.topic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "TopicSummary", description = "A topic as the topic list shows it")
public record TopicSummary(
        @Schema(examples = "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b") UUID id,
        @Schema(examples = "iran") String slug,
        @Schema(examples = "Iran") String name,
        @Schema(examples = "Politics, society and foreign relations of the Islamic Republic.", nullable = true) String description,
        @Schema(nullable = true) TopicRef parent,
        @Schema(description = "Published articles on the topic", examples = "7") long articleCount) {
}
