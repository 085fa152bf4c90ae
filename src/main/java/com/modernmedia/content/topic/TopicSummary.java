package com.modernmedia.content.topic;

import com.modernmedia.content.model.TopicRef;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Represents(ContentKind.TOPIC)
@Schema(name = "TopicSummary", description = "A topic as the topic list shows it")
public record TopicSummary(
        @Schema(examples = "eb2e6d03-b451-447d-ab99-6379c402c6cc") UUID id,
        @Schema(examples = "iran") String slug,
        @Schema(examples = "Iran") String name,
        @Schema(examples = "Iran’s government, its regional ambitions and the lives of its people.", nullable = true) String description,
        @Schema(nullable = true) TopicRef parent,
        @Schema(description = "Published articles on the topic", examples = "7") long articleCount) {
}
