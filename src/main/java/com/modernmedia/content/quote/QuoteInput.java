package com.modernmedia.content.quote;

import com.modernmedia.content.model.Quote;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "QuoteInput", description = "A quote as editors write it (POST, PUT; PATCH merges into it). "
        + "Its position in reading order follows from its block and is not written.")
public record QuoteInput(
        @Schema(description = "The exact words, as the block holds them", examples = "a regional axis that is both institutionalized and ideological")
        @NotBlank @Size(max = 5000) String text,
        @Schema(description = "Id of the speaker, who must be among the article's people as quoted",
                examples = "05f364a4-5416-429f-b25c-1b85da5c3ddc")
        @NotNull UUID personId,
        @Schema(description = "Id of the article the words stand in", examples = "caa46cc8-f795-4732-b5c5-6f13e2e3e3e4")
        @NotNull UUID articleId,
        @Schema(description = "Index (from 0) of the body block that holds the words: a paragraph or a pull quote", examples = "3")
        @NotNull @Min(0) Integer blockIndex,
        @Schema(description = "The speaker's title when quoted; when absent, the title the article quotes them under",
                nullable = true, examples = "world politics professor")
        @Size(max = 300) String title,
        @Schema(description = "The speaker's affiliation when quoted; when absent, the affiliation the article quotes them under",
                nullable = true, examples = "SOAS University of London")
        @Size(max = 300) String affiliation) {

    static QuoteInput from(Quote quote) {
        return new QuoteInput(quote.text, quote.person.id, quote.article.id, quote.blockIndex, quote.title, quote.affiliation);
    }
}
