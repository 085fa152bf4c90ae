package com.modernmedia.content.topic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.article.ArticleSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Topic", description = "A topic with its place in the topic tree")
public record TopicDetail(
        @Schema(examples = "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b") UUID id,
        @Schema(examples = "iran") String slug,
        @Schema(examples = "Iran") String name,
        @Schema(examples = "Politics, society and foreign relations of the Islamic Republic.", nullable = true) String description,
        @Schema(nullable = true) TopicRef parent,
        @Schema(description = "Sub-topics, by name") List<TopicRef> children,
        @Schema(description = "Published articles on the topic", examples = "7") long articleCount,
        @Schema(description = "The first page (20) of its articles, newest first; only with include=articles")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ArticleSummary> articles) {
}
