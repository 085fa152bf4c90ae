package com.modernmedia.content.quote;

/** Which quotes of public articles a list holds; each field is a slug, null for no filter. */
public record QuoteFilter(String person, String topic, String article) {

    public static QuoteFilter byPerson(String person) {
        return new QuoteFilter(person, null, null);
    }
}
