package com.modernmedia.content.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of search hits, with the facets of the whole result when asked for. */
@Schema(name = "SearchResults", description = "One page of hits, best first")
public record SearchResults(
        List<SearchHit> items,
        @Schema(description = "Cursor of the next page, or null on the last page", nullable = true,
                examples = "WyJzZWFyY2giLCIyMDI2LTAxLTAxVDAwOjAwOjAwWiIsIjAuNDIiLCI2ZDJiMGY5ZS0wZjdhLTRhNTctOWE4ZS0zYzJmMWQ0YjVhNjEiXQ")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        String next,
        @Schema(description = "Number of matching articles, up to " + SearchService.TOTAL_CAP_TEXT
                + "; only present with total=true or facets", nullable = true, examples = "42")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Long total,
        @Schema(description = "With total: true when more articles match than total, which is then the cap",
                nullable = true, examples = "false")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Boolean totalCapped,
        @Schema(description = "Only with facets=", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        SearchFacets facets) implements Paged<SearchHit> {

    static SearchResults of(Page<SearchHit> page) {
        return new SearchResults(page.items(), page.next(), null, null, null);
    }

    SearchResults counted(long total, boolean capped, SearchFacets facets) {
        return new SearchResults(items, next, total, capped, facets);
    }
}
