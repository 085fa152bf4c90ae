package com.modernmedia.content.quote;

import com.modernmedia.content.model.ArticleRef;
import com.modernmedia.content.model.PersonSummary;
import com.modernmedia.content.model.Quote;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import com.modernmedia.content.shared.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Represents(ContentKind.QUOTE)
@Schema(name = "QuoteDetail", description = "A quote with its place in reading order and its revision, as editors edit it")
public record QuoteDetail(
        @Schema(examples = "ff787ff5-b1a5-4cce-acee-9cde06094b7d") UUID id,
        @Schema(description = "The exact words", examples = "a regional axis that is both institutionalized and ideological") String text,
        @Schema(description = "Who said them") PersonSummary person,
        @Schema(description = "The speaker's title when quoted", examples = "world politics professor", nullable = true) String title,
        @Schema(description = "The speaker's affiliation when quoted", examples = "SOAS University of London", nullable = true) String affiliation,
        @Schema(description = "The article the words stand in") ArticleRef article,
        @Schema(description = "Index of the body block that holds the words", examples = "2") int blockIndex,
        @Schema(description = "Place among the article's quotes in reading order (by block, then by creation), from 0",
                examples = "1") int position,
        @Schema(description = "Raised by every edit; the ETag carries it for If-Match", examples = "1") int revision) implements Versioned {

    static QuoteDetail from(Quote quote) {
        return new QuoteDetail(quote.id, quote.text, PersonSummary.from(quote.person), quote.title, quote.affiliation,
                ArticleRef.from(quote.article), quote.blockIndex, quote.position, quote.revision);
    }
}
