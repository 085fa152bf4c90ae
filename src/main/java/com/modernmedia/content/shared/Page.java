package com.modernmedia.content.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list. {@code next} is the opaque cursor of the
 * following page, null on the last; {@code total} is only counted when asked.
 */
public record Page<T>(
        List<T> items,
        @Schema(description = "Cursor of the next page, or null on the last page", nullable = true,
                examples = "WyJhcnRpY2xlIiwiMjAyNS0wMS0wM1QwODozMDowMFoiLCJjYWE0NmNjOC1mNzk1LTQ3MzItYjVjNS02ZjEzZTJlM2UzZTQiXQ")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        String next,
        @Schema(description = "Number of items in the whole list with these filters; only present with total=true",
                nullable = true, examples = "42")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Long total) implements Paged<T> {

    /**
     * The page of a keyset query that fetched one row more than the limit: that
     * extra row only tells that a next page exists, whose cursor is the last row served.
     */
    public static <E, T> Page<T> of(List<E> fetched, int limit, Function<E, String> cursorOf,
                                    Function<E, T> toItem, Long total) {
        boolean more = fetched.size() > limit;
        List<E> served = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursorOf.apply(served.get(served.size() - 1)) : null;
        return new Page<>(served.stream().map(toItem).toList(), next, total);
    }
}
