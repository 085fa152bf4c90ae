package com.modernmedia.content.search;

import com.modernmedia.content.article.ArticleSummary;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article a search found: its summary, as lists show it, and where its text matched. */
@Represents(ContentKind.ARTICLE)
@Schema(name = "SearchHit", description = "An article a search found, with a highlighted snippet")
public record SearchHit(
        ArticleSummary article,
        @Schema(description = "Text of the article around the words matched, HTML-escaped; the only markup is <mark>…</mark> "
                + "around each match. From the body, or for a partner that may not show the text, from the dek.",
                examples = "… when <mark>Soleimani</mark> was killed in a drone strike …") String snippet) {
}
