package com.modernmedia.content.quote;

/**
 * Which quotes of public articles a list holds; null for no filter. person, topic and article are slugs, text the
 * words the quote must hold (q=, websearch syntax: see FullTextQuery).
 */
public record QuoteFilter(String person, String topic, String article, String text) {

    public static QuoteFilter byPerson(String person) {
        return new QuoteFilter(person, null, null, null);
    }
}
