package com.modernmedia.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Schema(name = "ArticleRevision", description = "One change of an article: who, when, which fields, and (single revision) the article as written then")
public record ArticleRevisionView(
        @Schema(examples = "3") int revision,
        @Schema(examples = "2025-01-04T11:10:00Z") Instant changedAt,
        @Schema(description = "Name of the key that made the change", examples = "newsroom-cms") String changedBy,
        @Schema(examples = "update", enumeration = {"create", "update", "publish", "unpublish", "delete"}) String action,
        @Schema(description = "The fields that changed", examples = "[\"headline\", \"body\"]") List<String> changes,
        @Schema(description = "The article as written at this revision (ArticleInput with status); only for a single revision",
                implementation = Map.class) @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode snapshot) {
}
