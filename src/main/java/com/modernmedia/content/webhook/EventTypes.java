package com.modernmedia.content.webhook;

import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.ProblemException;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The event types an endpoint may ask for: {@code <kind>.<action>}, {@code <kind>.*} and {@code *}. */
final class EventTypes {

    static final List<String> ACTIONS = List.of("published", "updated", "unpublished", "deleted");
    static final String ALL = "*";
    private static final Set<String> KNOWN = known();

    private EventTypes() {
    }

    /** The types as given, without repeats, in their order; an unknown one is a 400 that names the known ones. */
    static List<String> check(List<String> events) {
        Set<String> types = new LinkedHashSet<>();
        for (String event : events) {
            String type = event.strip();
            if (!KNOWN.contains(type)) {
                throw ProblemException.invalidField("events", "'" + type + "' is not an event type; use <kind>.<action> "
                        + "with kind " + kinds() + " and action " + String.join(", ", ACTIONS) + ", <kind>.* or *");
            }
            types.add(type);
        }
        return List.copyOf(types);
    }

    /** Whether an endpoint that asked for these types receives an event of this type. */
    static boolean matches(List<String> subscribed, String type) {
        String kindWildcard = type.substring(0, type.indexOf('.')) + ".*";
        return subscribed.stream().anyMatch(s -> s.equals(ALL) || s.equals(type) || s.equals(kindWildcard));
    }

    private static String kinds() {
        return Arrays.stream(ContentKind.values()).map(ContentKind::value).collect(Collectors.joining(", "));
    }

    private static Set<String> known() {
        Set<String> known = new TreeSet<>();
        known.add(ALL);
        for (ContentKind kind : ContentKind.values()) {
            known.add(kind.value() + ".*");
            ACTIONS.forEach(action -> known.add(kind.value() + "." + action));
        }
        return Set.copyOf(known);
    }
}
