package com.modernmedia.content.person;

import com.modernmedia.content.model.Person;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "PersonInput", description = "A person as editors write them (POST, PUT; PATCH merges into it)")
public record PersonInput(
        @Schema(description = "Made from the name when absent", nullable = true, examples = "arshin-adib-moghaddam")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters and digits joined by single hyphens")
        @Size(max = 200) String slug,
        @Schema(examples = "Arshin Adib-Moghaddam") @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, examples = "Dr.") @Size(max = 50) String honorific,
        @Schema(nullable = true, examples = "Scholar of world politics at SOAS University of London whose work focuses on Iran and the wider Middle East.")
        @Size(max = 2000) String bio,
        @Schema(description = "Current title", nullable = true, examples = "professor in global thought and comparative philosophies")
        @Size(max = 300) String title,
        @Schema(description = "Current affiliation", nullable = true, examples = "SOAS University of London")
        @Size(max = 300) String affiliation,
        @Schema(description = "Id of their picture, an image that is not deleted", nullable = true,
                examples = "61ae79be-1887-4e67-8068-974e89845ff8")
        UUID imageId) {

    static PersonInput from(Person person) {
        return new PersonInput(person.slug, person.name, person.honorific, person.bio, person.title, person.affiliation,
                person.image == null ? null : person.image.id);
    }
}
