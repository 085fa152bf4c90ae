package com.modernmedia.content.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.model.ImageView;
import com.modernmedia.content.quote.QuoteView;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.Represents;
import com.modernmedia.content.shared.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Represents(ContentKind.PERSON)
@Schema(name = "Person", description = "A person with what the magazine has published by, quoting or mentioning them")
public record PersonDetail(
        @Schema(examples = "05f364a4-5416-429f-b25c-1b85da5c3ddc") UUID id,
        @Schema(examples = "arshin-adib-moghaddam") String slug,
        @Schema(examples = "Arshin Adib-Moghaddam") String name,
        @Schema(examples = "Dr.", nullable = true) String honorific,
        @Schema(examples = "Scholar of world politics at SOAS University of London whose work focuses on Iran and the wider Middle East.", nullable = true) String bio,
        @Schema(description = "Current title", examples = "professor in global thought and comparative philosophies", nullable = true) String title,
        @Schema(description = "Current affiliation", examples = "SOAS University of London", nullable = true) String affiliation,
        @Schema(nullable = true) ImageView image,
        PersonArticleCounts articleCounts,
        @Schema(description = "Raised by every edit; the ETag carries it for If-Match", examples = "1") int revision,
        @Schema(description = "First page (10) of their quotes, newest first, with the cursor of the next page "
                + "of /people/{slug}/quotes; only with include=quotes")
        @JsonInclude(JsonInclude.Include.NON_NULL) Page<QuoteView> quotes,
        @Schema(description = "First page (10) of the articles they wrote, are quoted or mentioned in, with the cursor "
                + "of the next page of /people/{slug}/articles; only with include=articles")
        @JsonInclude(JsonInclude.Include.NON_NULL) Page<ArticleSummary> articles) implements Versioned {
}
