package com.modernmedia.content.topic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "TopicRef", description = "A topic as articles and other topics point to it")
public record TopicRef(
        @Schema(examples = "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b") UUID id,
        @Schema(examples = "iran") String slug,
        @Schema(examples = "Iran") String name) {

    public static TopicRef from(Topic topic) {
        return topic == null ? null : new TopicRef(topic.id, topic.slug, topic.name);
    }
}
