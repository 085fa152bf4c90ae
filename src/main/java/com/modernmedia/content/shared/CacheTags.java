package com.modernmedia.content.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one owner of the cache tags of what is read: an answer is tagged with every resource it shows,
 * found by walking the answer itself ({@link Represents} records at any depth, embedded pages included),
 * and with the lists it belongs to. Writes name the same tags through {@link ContentKind}, so no page can
 * miss one. A CDN limits the Surrogate-Key header, so an answer that shows very many resources of a kind
 * is tagged with the kind's list tag instead, which every write of the kind also makes stale.
 */
public final class CacheTags {

    /** Fastly and Cloudflare take 16 KB of tags; stay well below. */
    static final int HEADER_LIMIT = 8000;

    private static final Map<Class<?>, List<Component>> COMPONENTS = new ConcurrentHashMap<>();

    private record Component(Method accessor, Type type) {
    }

    private CacheTags() {
    }

    /**
     * The tags of an answer.
     *
     * @param representation the answer's DTO: a record, or a page of them
     * @param declaredType   its declared type (with type arguments), so that an empty page still names its list
     * @param path           the request path; a list is also tagged with the list of its first segment's kind
     *                       ({@code /topics/{slug}/articles} with {@code list-topics}), which a deleted topic makes stale
     */
    public static Set<String> of(Object representation, Type declaredType, String path) {
        Set<String> tags = new LinkedHashSet<>();
        if (representation instanceof Paged<?>) {
            kindOfPath(path).ifPresent(kind -> tags.add(kind.listTag()));
        }
        walk(representation, declaredType, tags);
        return withinHeaderLimit(tags);
    }

    /**
     * The tags a write of one resource makes stale: its own (every representation that shows it carries it), every
     * list of its kind, and the tags of what lists or counts it without showing it ({@code listedIn}, before and
     * after the change). The service's own cache drops them as the write commits; a CDN is purged by them.
     */
    public static Set<String> ofChange(ContentKind kind, UUID id, Collection<String> listedIn) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(kind.tag(id));
        tags.add(kind.listTag());
        tags.addAll(listedIn);
        return tags;
    }

    private static void walk(Object value, Type type, Set<String> tags) {
        if (value instanceof Paged<?>) {
            kindOf(Paged.itemType(type)).ifPresent(kind -> tags.add(kind.listTag()));
        }
        if (value instanceof Page<?> page) {
            Type itemType = typeArgument(type);
            page.items().forEach(item -> walk(item, itemType, tags));
        } else if (value instanceof Collection<?> collection) {
            Type elementType = typeArgument(type);
            collection.forEach(element -> walk(element, elementType, tags));
        } else if (value != null && value.getClass().isRecord()) {
            Represents represents = value.getClass().getAnnotation(Represents.class);
            for (Component component : componentsOf(value.getClass())) {
                Object componentValue = read(component, value);
                if (represents != null && component.accessor().getName().equals("id") && componentValue instanceof UUID id) {
                    tags.add(represents.value().tag(id));
                }
                walk(componentValue, component.type(), tags);
            }
        }
    }

    /** Replaces the resource tags of the kind that has the most by its list tag, until the header fits. */
    private static Set<String> withinHeaderLimit(Set<String> tags) {
        Set<String> fitted = tags;
        while (String.join(" ", fitted).length() > HEADER_LIMIT) {
            Map<ContentKind, Long> perKind = fitted.stream().map(ContentKind::ofResourceTag).flatMap(Optional::stream)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            ContentKind most = perKind.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Set<String> collapsed = new LinkedHashSet<>();
            fitted.forEach(tag -> collapsed.add(ContentKind.ofResourceTag(tag).filter(most::equals).isPresent() ? most.listTag() : tag));
            fitted = collapsed;
        }
        return fitted;
    }

    private static Optional<ContentKind> kindOf(Type type) {
        return type instanceof Class<?> c && c.isAnnotationPresent(Represents.class)
                ? Optional.of(c.getAnnotation(Represents.class).value()) : Optional.empty();
    }

    private static Optional<ContentKind> kindOfPath(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty() && !segment.equals("api") && !segment.equals("v1"))
                .findFirst().flatMap(ContentKind::ofPlural);
    }

    private static Type typeArgument(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static List<Component> componentsOf(Class<?> record) {
        return COMPONENTS.computeIfAbsent(record, type -> Arrays.stream(type.getRecordComponents())
                .map(component -> {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return new Component(accessor, component.getGenericType());
                }).toList());
    }

    private static Object read(Component component, Object record) {
        try {
            return component.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.accessor(), e);
        }
    }
}
