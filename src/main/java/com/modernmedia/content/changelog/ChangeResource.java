package com.modernmedia.content.changelog;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageParams;
import com.modernmedia.content.shared.QueryParams;
import com.modernmedia.content.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "Admin: change log", description = "Every committed change of content, in commit order")
@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
public class ChangeResource {

    private final ChangeLog changes;

    public ChangeResource(ChangeLog changes) {
        this.changes = changes;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Read the change log, oldest first",
            description = "Every committed create, update, publication, unpublication and deletion of content, numbered "
                    + "by position in commit order. Follow it by passing the last position seen as after: no change "
                    + "is ever skipped.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    public Page<ChangeView> list(
            @Parameter(description = "Only changes after this position; 0 or absent for the start of the log", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807"))
            @QueryParam("after") String after,
            @BeanParam PageParams page) {
        return changes.list(QueryParams.position("after", after), page.toRequest());
    }
}
