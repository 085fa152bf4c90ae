package com.modernmedia.content.model;

import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Represents(ContentKind.TOPIC)
@Schema(name = "TopicRef", description = "A topic as articles and other topics point to it")
public record TopicRef(
        @Schema(examples = "eb2e6d03-b451-447d-ab99-6379c402c6cc") UUID id,
        @Schema(examples = "iran") String slug,
        @Schema(examples = "Iran") String name) {

    public static TopicRef from(Topic topic) {
        return topic == null ? null : new TopicRef(topic.id, topic.slug, topic.name);
    }
}
