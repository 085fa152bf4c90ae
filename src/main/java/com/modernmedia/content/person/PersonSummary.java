package com.modernmedia.content.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "PersonSummary", description = "A person as lists and bylines show them")
public record PersonSummary(
        @Schema(examples = "5b0c7a8e-2f4d-4e1a-9c3b-6d7e8f9a0b11") UUID id,
        @Schema(examples = "arshin-adib-moghaddam") String slug,
        @Schema(examples = "Arshin Adib-Moghaddam") String name,
        @Schema(examples = "Dr.", nullable = true) String honorific,
        @Schema(description = "Current title", examples = "Professor of world politics", nullable = true) String title,
        @Schema(description = "Current affiliation", examples = "SOAS University of London", nullable = true) String affiliation) {

    public static PersonSummary from(Person person) {
        return new PersonSummary(person.id, person.slug, person.name, person.honorific, person.title, person.affiliation);
    }
}
