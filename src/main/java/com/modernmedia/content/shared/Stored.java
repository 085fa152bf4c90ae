package com.modernmedia.content.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose public answer (no key, its first media type) may come from a document rendered on write
 * ({@link StoredDocuments}): {@link RepresentationFilter} serves the fresh document of this kind that the path
 * parameter names, and the resource runs only when there is none.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Stored {

    ContentKind value();

    /** The path parameter that holds the slug or id. */
    String pathParameter();

    /** Query parameters that shape the answer beyond what the document holds: with any of them, the resource builds it. */
    String[] unless() default {};
}
