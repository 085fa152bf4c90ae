package com.modernmedia.content.article;

import com.modernmedia.content.model.ArticlePerson;
import com.modernmedia.content.model.PersonRole;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Represents(ContentKind.PERSON)
@Schema(name = "ArticlePerson", description = "A person in an article: quoted, under the title and affiliation given there, or mentioned")
public record ArticlePersonView(
        @Schema(examples = "05f364a4-5416-429f-b25c-1b85da5c3ddc") UUID id,
        @Schema(examples = "arshin-adib-moghaddam") String slug,
        @Schema(examples = "Arshin Adib-Moghaddam") String name,
        @Schema(examples = "Dr.", nullable = true) String honorific,
        @Schema(examples = "quoted", enumeration = {"quoted", "mentioned"}) PersonRole role,
        @Schema(description = "Title in this article", examples = "world politics professor", nullable = true) String title,
        @Schema(description = "Affiliation in this article", examples = "SOAS University of London", nullable = true) String affiliation) {

    static ArticlePersonView from(ArticlePerson entry) {
        return new ArticlePersonView(entry.person.id, entry.person.slug, entry.person.name, entry.person.honorific,
                entry.role, entry.title, entry.affiliation);
    }
}
