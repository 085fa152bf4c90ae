package com.modernmedia.content.article;

import com.modernmedia.content.shared.ApiDoc;
import com.modernmedia.content.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/preview/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_ROLE)
@Tag(name = "Articles")
@SecurityRequirement(name = ApiDoc.SECURITY_SCHEME)
public class PreviewResource {

    private final ArticleService articles;

    public PreviewResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "previewArticle", summary = "Preview an article in any status", description = "Drafts, scheduled and unpublished articles "
            + "as the page would show them; for editors, never cached.")
    @APIResponse(responseCode = "200", description = "The article")
    public RestResponse<ArticleDetail> preview(
            @Parameter(description = "The article's id", example = ApiDoc.Demo.DRAFT_ID) @PathParam("id") UUID id,
            @Parameter(description = "How to serve the body", schema = @Schema(enumeration = {"blocks", "html", "text"}))
            @QueryParam("format") String format) {
        return articles.preview(id, BodyFormat.parse(format)).toResponse();
    }
}
