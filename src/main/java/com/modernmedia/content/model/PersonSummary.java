package com.modernmedia.content.model;

import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Represents(ContentKind.PERSON)
@Schema(name = "PersonSummary", description = "A person as lists and bylines show them")
public record PersonSummary(
        @Schema(examples = "05f364a4-5416-429f-b25c-1b85da5c3ddc") UUID id,
        @Schema(examples = "arshin-adib-moghaddam") String slug,
        @Schema(examples = "Arshin Adib-Moghaddam") String name,
        @Schema(examples = "Dr.", nullable = true) String honorific,
        @Schema(description = "Current title", examples = "professor in global thought and comparative philosophies", nullable = true) String title,
        @Schema(description = "Current affiliation", examples = "SOAS University of London", nullable = true) String affiliation) {

    public static PersonSummary from(Person person) {
        return new PersonSummary(person.id, person.slug, person.name, person.honorific, person.title, person.affiliation);
    }
}
