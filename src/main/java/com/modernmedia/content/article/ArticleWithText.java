package com.modernmedia.content.article;

import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.Represents;

/**
 * A published article as a feed item shows it: its summary and its body as HTML.
 *
 * @param bodyHtml the body as escaped, well-formed HTML; null when the reader's rights give it a teaser only
 */
@Represents(ContentKind.ARTICLE)
public record ArticleWithText(ArticleSummary article, String bodyHtml) {
}
