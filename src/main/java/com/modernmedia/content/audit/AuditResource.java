package com.modernmedia.content.audit;

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

@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "Admin: audit log", description = "Every write: which key, what, on what, when")
@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Read the audit log, newest first",
            description = "Every write through the API: which key, which action, on what, when; targetId narrows it to one resource.")
    @APIResponse(responseCode = "200", description = ApiDoc.OK_PAGE)
    public Page<AuditEntryView> list(
            @Parameter(description = "Only entries about this resource (its id)", example = ApiDoc.Demo.ARTICLE_ID,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @QueryParam("targetId") String targetId,
            @BeanParam PageParams page) {
        return audit.list(QueryParams.uuid("targetId", targetId), page.toRequest());
    }
}
