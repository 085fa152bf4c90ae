package com.modernmedia.content.shared;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every list takes ({@code @BeanParam}), documented once. */
public class PageParams {

    @QueryParam("limit")
    @Parameter(description = "Items per page, 1 to 100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "The 'next' cursor of the previous page; absent for the first page",
            schema = @Schema(type = SchemaType.STRING, maxLength = PageRequest.MAX_CURSOR_LENGTH))
    String cursor;

    @QueryParam("total")
    @Parameter(description = "true to count the items of the whole list (with these filters) in 'total'",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String total;

    public PageRequest toRequest() {
        return PageRequest.of(limit, cursor, total);
    }
}
