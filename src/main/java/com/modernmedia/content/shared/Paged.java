package com.modernmedia.content.shared;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/**
 * A page of a keyset-paginated list: {@link Page}, or a record that adds to it what one list needs (search's
 * facets). Its items are what the page represents: fields= selects in them, cache tags name them, and a next
 * cursor makes a Link header.
 */
public interface Paged<T> {

    List<T> items();

    String next();

    /** The item type of a paged type: Page's type argument, or the element type of a record's items. */
    static Type itemType(Type pagedType) {
        if (pagedType instanceof ParameterizedType parameterized && parameterized.getRawType() == Page.class) {
            return parameterized.getActualTypeArguments()[0];
        }
        if (pagedType instanceof Class<?> record && Paged.class.isAssignableFrom(record) && record.isRecord()) {
            for (var component : record.getRecordComponents()) {
                if (component.getName().equals("items") && component.getGenericType() instanceof ParameterizedType list) {
                    return list.getActualTypeArguments()[0];
                }
            }
        }
        return Object.class;
    }

    /** Whether answers of this declared type are pages. */
    static boolean isPaged(Type type) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        return Paged.class.isAssignableFrom(raw);
    }
}
