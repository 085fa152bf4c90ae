package com.modernmedia.content.article;

import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.model.ImageView;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders body blocks as HTML or plain text. HTML is built as a jsoup DOM, so
 * every text is escaped and the markup is always well formed.
 */
final class BodyRenderer {

    private BodyRenderer() {
    }

    static String html(List<BodyBlock> blocks) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element root = document.body();
        for (BodyBlock block : blocks) {
            if (block instanceof BodyBlock.Paragraph p) {
                root.appendElement("p").text(p.text());
            } else if (block instanceof BodyBlock.Heading h) {
                root.appendElement("h" + Math.min(Math.max(h.level(), 2), 4)).text(h.text());
            } else if (block instanceof BodyBlock.ImageBlock i && i.image() != null) {
                figure(root, i.image());
            } else if (block instanceof BodyBlock.PullQuote q) {
                Element quote = root.appendElement("blockquote").addClass("pull-quote");
                quote.appendElement("p").text(q.text());
                if (q.attribution() != null) {
                    quote.appendElement("footer").text(q.attribution());
                }
            } else if (block instanceof BodyBlock.Embed e) {
                root.appendElement("figure").addClass("embed")
                        .appendElement("a").attr("href", e.url()).text(e.title() != null ? e.title() : e.url());
            }
        }
        return root.html();
    }

    private static void figure(Element root, ImageView image) {
        Element figure = root.appendElement("figure");
        Element img = figure.appendElement("img").attr("src", image.url()).attr("alt", image.altText());
        if (image.width() != null && image.height() != null) {
            img.attr("width", image.width().toString()).attr("height", image.height().toString());
        }
        if (image.caption() != null || image.credit() != null) {
            Element caption = figure.appendElement("figcaption");
            if (image.caption() != null) {
                caption.appendText(image.credit() != null ? image.caption() + " " : image.caption());
            }
            if (image.credit() != null) {
                caption.appendElement("span").addClass("credit").text(image.credit());
            }
        }
    }

    /** The words of the body without markup: paragraphs, headings and pull quotes, a blank line apart. */
    static String text(List<BodyBlock> blocks) {
        List<String> parts = new ArrayList<>();
        for (BodyBlock block : blocks) {
            if (block instanceof BodyBlock.Paragraph p) {
                parts.add(p.text());
            } else if (block instanceof BodyBlock.Heading h) {
                parts.add(h.text());
            } else if (block instanceof BodyBlock.PullQuote q) {
                parts.add(q.text());
            }
        }
        return String.join("\n\n", parts);
    }
}
