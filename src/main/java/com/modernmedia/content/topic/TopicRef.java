package com.modernmedia.content.topic;

import com.modernmedia.content.shared.CacheTagged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;
import java.util.Set;

@Schema(name = "TopicRef", description = "A topic as articles and other topics point to it")
public record TopicRef(
        @Schema(examples = "eb2e6d03-b451-447d-ab99-6379c402c6cc") UUID id,
        @Schema(examples = "iran") String slug,
        @Schema(examples = "Iran") String name) implements CacheTagged {

    @Override
    public void addCacheTags(Set<String> tags) {
        tags.add(CacheTagged.tag("topic", id));
    }

    public static TopicRef from(Topic topic) {
        return topic == null ? null : new TopicRef(topic.id, topic.slug, topic.name);
    }
}
