package com.modernmedia.content.feed;

import com.modernmedia.content.shared.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every feed takes ({@code @BeanParam}): how many items, and where to continue. */
public class FeedPage {

    @QueryParam("limit")
    @Parameter(description = "Items in the feed, 1 to 100; the default is the service's (content.feeds.items, 50 unless set)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "Where the older items go on: the cursor of the feed's next link (Atom and RSS: "
            + "atom:link rel=next; JSON Feed: next_url); absent for the newest items",
            schema = @Schema(type = SchemaType.STRING, maxLength = PageRequest.MAX_CURSOR_LENGTH))
    String cursor;
}
