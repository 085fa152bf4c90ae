package com.modernmedia.content.quote;

/** Which quotes of public articles a list holds; each field is a slug, null for no filter. */
public record QuoteFilter(String person, String topic, String article) {

    /** An empty parameter ({@code ?topic=}) filters nothing, like an absent one. */
    public QuoteFilter {
        person = person == null || person.isBlank() ? null : person.strip();
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        article = article == null || article.isBlank() ? null : article.strip();
    }

    public static QuoteFilter byPerson(String person) {
        return new QuoteFilter(person, null, null);
    }
}
