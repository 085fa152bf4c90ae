package com.modernmedia.content.search;

/** Turns ts_headline's output into HTML that is safe to render: the text escaped, the highlights marked. */
final class Snippets {

    private Snippets() {
    }

    static String safe(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\u0002' -> html.append("<mark>");
                case '\u0003' -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
