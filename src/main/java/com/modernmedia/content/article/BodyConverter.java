package com.modernmedia.content.article;

import com.modernmedia.content.model.BodyBlock;
import com.modernmedia.content.shared.ProblemException;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article body written as Markdown (commonmark) or HTML into body
 * blocks. HTML, and the HTML Markdown becomes, first goes through the OWASP
 * sanitizer, so script, event handlers and javascript: URLs never reach the
 * blocks; the structure left is read with jsoup. Inline markup becomes plain
 * text, as blocks hold plain text. An image is referenced by its id
 * ({@code image:<uuid>}) or by the URL of an image already in the library.
 */
final class BodyConverter {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "footer", "cite",
                    "figure", "figcaption", "ul", "ol", "li", "em", "strong", "b", "i", "u", "br", "span",
                    "code", "pre", "a", "img", "hr")
            .allowUrlProtocols("http", "https", "image")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .toFactory();
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_TO_HTML = HtmlRenderer.builder().build();
    private static final Pattern IMAGE_ID = Pattern.compile("image:([0-9a-fA-F-]{36})");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?s)(.*)\\s+(?:—|--)\\s*([^\\n]+)$");

    private final Function<String, UUID> imageIdByUrl;
    private final String field;

    /** @param imageIdByUrl the id of the library image at a URL, or null when there is none */
    BodyConverter(Function<String, UUID> imageIdByUrl, String field) {
        this.imageIdByUrl = imageIdByUrl;
        this.field = field;
    }

    static List<BodyBlock> fromMarkdown(String markdown, Function<String, UUID> imageIdByUrl) {
        String html = MARKDOWN_TO_HTML.render(MARKDOWN.parse(markdown));
        return new BodyConverter(imageIdByUrl, "bodyMarkdown").convert(html);
    }

    static List<BodyBlock> fromHtml(String html, Function<String, UUID> imageIdByUrl) {
        return new BodyConverter(imageIdByUrl, "bodyHtml").convert(html);
    }

    private List<BodyBlock> convert(String html) {
        Element body = Jsoup.parseBodyFragment(POLICY.sanitize(html)).body();
        List<BodyBlock> blocks = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        for (Node node : body.childNodes()) {
            if (node instanceof Element element && !isInline(element)) {
                flush(loose, blocks);
                block(element, blocks);
            } else {
                loose.append(node instanceof TextNode text ? text.text() : ((Element) node).text());
            }
        }
        flush(loose, blocks);
        return blocks;
    }

    private void block(Element element, List<BodyBlock> blocks) {
        String tag = element.tagName();
        if (tag.matches("h[1-6]")) {
            addText(blocks, element.text(), text -> new BodyBlock.Heading(text, Math.min(Math.max(tag.charAt(1) - '0', 2), 4)));
        } else if (tag.equals("blockquote")) {
            BodyBlock.PullQuote quote = pullQuote(element);
            if (!quote.text().isEmpty()) {
                blocks.add(quote);
            }
        } else if (tag.equals("ul") || tag.equals("ol")) {
            element.children().forEach(item -> addText(blocks, item.text(), BodyBlock.Paragraph::new));
        } else if (tag.equals("div")) {
            element.children().forEach(child -> block(child, blocks));
        } else if (tag.equals("img")) {
            blocks.add(new BodyBlock.ImageBlock(imageId(element.attr("src"))));
        } else if (tag.equals("figure")) {
            // The caption and credit belong to the library image, so a figure is its image.
            element.select("img").forEach(img -> blocks.add(new BodyBlock.ImageBlock(imageId(img.attr("src")))));
        } else if (!tag.equals("hr")) {
            // Text first, then any image it held: blocks do not mix text and images.
            List<Element> images = element.select("img");
            images.forEach(Element::remove);
            addText(blocks, element.text(), BodyBlock.Paragraph::new);
            images.forEach(img -> blocks.add(new BodyBlock.ImageBlock(imageId(img.attr("src")))));
        }
    }

    private BodyBlock.PullQuote pullQuote(Element quote) {
        Element source = quote.selectFirst("footer, cite");
        String attribution = source == null ? null : source.text();
        if (source != null) {
            source.remove();
        }
        String text = quote.wholeText().strip();
        Matcher signed = ATTRIBUTION.matcher(text);
        if (attribution == null && signed.matches()) {
            text = signed.group(1);
            attribution = signed.group(2).strip();
        }
        return new BodyBlock.PullQuote(text.replaceAll("\\s+", " ").strip(), attribution);
    }

    private UUID imageId(String src) {
        Matcher byId = IMAGE_ID.matcher(src);
        if (byId.matches()) {
            return UUID.fromString(byId.group(1));
        }
        UUID byUrl = src.isBlank() ? null : imageIdByUrl.apply(src);
        if (byUrl == null) {
            throw ProblemException.invalidField(field, "the image '" + src + "' is not in the image library; "
                    + "create it with POST /api/v1/images and refer to it as image:<id>");
        }
        return byUrl;
    }

    private static boolean isInline(Element element) {
        return element.tagName().matches("em|strong|b|i|u|span|code|a|br");
    }

    private static void flush(StringBuilder loose, List<BodyBlock> blocks) {
        addText(blocks, loose.toString(), BodyBlock.Paragraph::new);
        loose.setLength(0);
    }

    private static void addText(List<BodyBlock> blocks, String text, Function<String, BodyBlock> block) {
        String clean = text.replaceAll("\\s+", " ").strip();
        if (!clean.isEmpty()) {
            blocks.add(block.apply(clean));
        }
    }
}
