package com.modernmedia.content.topic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.model.TopicRef;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.Represents;
import com.modernmedia.content.shared.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Represents(ContentKind.TOPIC)
@Schema(name = "Topic", description = "A topic with its place in the topic tree")
public record TopicDetail(
        @Schema(examples = "eb2e6d03-b451-447d-ab99-6379c402c6cc") UUID id,
        @Schema(examples = "iran") String slug,
        @Schema(examples = "Iran") String name,
        @Schema(examples = "Iran’s government, its regional ambitions and the lives of its people.", nullable = true) String description,
        @Schema(nullable = true) TopicRef parent,
        @Schema(description = "Sub-topics, by name") List<TopicRef> children,
        @Schema(description = "Published articles on the topic", examples = "7") long articleCount,
        @Schema(description = "Raised by every edit; the ETag carries it for If-Match", examples = "1") int revision,
        @Schema(description = "First page (20) of its articles, newest first, with the cursor of the next page of "
                + "/topics/{slug}/articles; only with include=articles")
        @JsonInclude(JsonInclude.Include.NON_NULL) Page<ArticleSummary> articles) implements Versioned {
}
