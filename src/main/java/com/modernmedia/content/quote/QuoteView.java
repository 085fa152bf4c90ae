package com.modernmedia.content.quote;

import com.modernmedia.content.model.ArticleRef;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.model.Quote;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Represents(ContentKind.QUOTE)
@Schema(name = "Quote", description = "Words someone said, who said them, under which title, and where they stand")
public record QuoteView(
        @Schema(examples = "ff787ff5-b1a5-4cce-acee-9cde06094b7d") UUID id,
        @Schema(description = "The exact words", examples = "a regional axis that is both institutionalized and ideological") String text,
        @Schema(description = "Who said them") PersonSummary person,
        @Schema(description = "The speaker's title when quoted", examples = "world politics professor", nullable = true) String title,
        @Schema(description = "The speaker's affiliation when quoted", examples = "SOAS University of London", nullable = true) String affiliation,
        @Schema(description = "The article the words stand in") ArticleRef article,
        @Schema(description = "Index of the body block that holds the words", examples = "2") int blockIndex) {

    static QuoteView from(Quote quote) {
        return new QuoteView(quote.id, quote.text, PersonSummary.from(quote.person), quote.title, quote.affiliation,
                ArticleRef.from(quote.article), quote.blockIndex);
    }
}
