package com.modernmedia.content.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a sync. While there is more to read now, {@code next} is the token of the next page; the last
 * page has {@code syncToken} instead, to keep and send later for what changed since.
 */
@Schema(name = "SyncPage", description = "Entries and tombstones in change-log order. Pass next (more to read now) or, "
        + "on the last page, syncToken (later, for what changed since) as the token of the next request.")
record SyncPage(
        List<SyncItem> items,
        @Schema(description = "Token of the next page; null on the last page", nullable = true, examples = SyncResource.TOKEN_EXAMPLE)
        @JsonInclude(JsonInclude.Include.ALWAYS) String next,
        @Schema(description = "On the last page: the token to keep for the next sync; null while next is set", nullable = true,
                examples = SyncResource.TOKEN_EXAMPLE)
        @JsonInclude(JsonInclude.Include.ALWAYS) String syncToken) {
}
