package com.modernmedia.content.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** How the matches of a search spread over topics and people: the most frequent first. */
@Schema(name = "SearchFacets", description = "Counts of the matching articles per topic and per person quoted or mentioned, "
        + "most first (ties by name), at most " + SearchService.FACET_SIZE + " of each. They count the same matches as total: "
        + "all of them, or when totalCapped is true the " + SearchService.TOTAL_CAP_TEXT + " most recent.")
public record SearchFacets(
        @Schema(description = "Per topic; only with facets=topic, else null", nullable = true) List<TopicCount> topics,
        @Schema(description = "Per person quoted or mentioned; only with facets=person, else null", nullable = true)
        List<PersonCount> people) {
}
