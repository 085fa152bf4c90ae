package com.modernmedia.content.topic;

import com.modernmedia.content.model.Topic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "TopicInput", description = "A topic as editors write it (POST, PUT; PATCH merges into it)")
public record TopicInput(
        @Schema(description = "Made from the name when absent", nullable = true, examples = "iran")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters and digits joined by single hyphens")
        @Size(max = 200) String slug,
        @Schema(examples = "Iran") @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, examples = "Iran’s government, its regional ambitions and the lives of its people.")
        @Size(max = 2000) String description,
        @Schema(description = "Id of the parent topic", nullable = true, examples = "1fd544b1-2afa-4f61-be0d-60dccd18f605")
        UUID parentId) {

    static TopicInput from(Topic topic) {
        return new TopicInput(topic.slug, topic.name, topic.description, topic.parent == null ? null : topic.parent.id);
    }
}
