package com.modernmedia.content;

import io.smallrye.config.WithName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/operations.md's configuration reference names every environment variable the service reads, and no other:
 * those application.properties reads ({@code ${VAR:default}}), and those of the settings in ContentConfig that it does
 * not, which Quarkus reads from their standard names ({@code content.cache.max-size} from CONTENT_CACHE_MAX_SIZE).
 */
class ConfigurationReferenceTest {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path GUIDE = Path.of("docs/operations.md");
    private static final String REFERENCE = "## Configuration reference";
    private static final Pattern READ = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    /** A property set from a variable, in any profile: {@code %dev.content.public-url=${CONTENT_PUBLIC_URL:...}}. */
    private static final Pattern SET_FROM_VARIABLE = Pattern.compile("^(?:%\\w+\\.)?([\\w.\\-\"]+)=\\$\\{([A-Z][A-Z0-9_]*)", Pattern.MULTILINE);
    private static final Pattern CACHE_CONTROL_KIND = Pattern.compile("^content\\.http\\.cache-control\\.(\\w+)=", Pattern.MULTILINE);
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)`", Pattern.MULTILINE);

    @Test
    void shouldDocumentEveryEnvironmentVariableTheServiceReadsAndNoOther() throws IOException {
        Set<String> read = variablesRead();
        Set<String> documented = documented();

        Set<String> undocumented = new TreeSet<>(read);
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "read by the service, missing from " + GUIDE + "'s configuration reference");
        Set<String> unread = new TreeSet<>(documented);
        unread.removeAll(read);
        assertEquals(Set.of(), unread, "in " + GUIDE + "'s configuration reference, read by nothing");
    }

    private static Set<String> variablesRead() throws IOException {
        String properties = Files.readString(PROPERTIES);
        Set<String> read = new TreeSet<>();
        READ.matcher(properties).results().forEach(match -> read.add(match.group(1)));
        Set<String> setFromVariables = new TreeSet<>();
        SET_FROM_VARIABLE.matcher(properties).results().forEach(match -> setFromVariables.add(match.group(1)));
        Set<String> settings = new TreeSet<>();
        collect(ContentConfig.class, "content", settings);
        for (String setting : settings) {
            if (setting.endsWith(".*")) { // a map: one entry per key application.properties gives
                CACHE_CONTROL_KIND.matcher(properties).results()
                        .forEach(kind -> read.add(variableOf(setting.replace("*", kind.group(1)))));
            } else if (!setFromVariables.contains(setting)) {
                read.add(variableOf(setting));
            }
        }
        return read;
    }

    /** The settings a config mapping declares, by their property names; a map's as {@code name.*}. */
    private static void collect(Class<?> mapping, String prefix, Set<String> settings) {
        for (Method method : mapping.getDeclaredMethods()) {
            if (method.isDefault() || method.isSynthetic() || method.getParameterCount() > 0) {
                continue;
            }
            WithName name = method.getAnnotation(WithName.class);
            String property = prefix + "." + (name != null ? name.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getName().startsWith(ContentConfig.class.getName() + "$")) { // a group, at any depth
                collect(type, property, settings);
            } else {
                settings.add(Map.class.isAssignableFrom(type) ? property + ".*" : property);
            }
        }
    }

    private static Set<String> documented() throws IOException {
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf(REFERENCE);
        assertTrue(start >= 0, GUIDE + " has a section " + REFERENCE);
        int end = guide.indexOf("\n## ", start + 1);
        String reference = guide.substring(start, end < 0 ? guide.length() : end);
        Set<String> documented = new TreeSet<>();
        Matcher row = DOCUMENTED.matcher(reference);
        while (row.find()) {
            documented.add(row.group(1));
        }
        return documented;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The environment variable Quarkus reads a property from: upper case, every other character an underscore. */
    private static String variableOf(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
