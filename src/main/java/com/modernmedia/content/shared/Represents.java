package com.modernmedia.content.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a representation of one resource of a kind, identified by its {@code id} component.
 * {@link CacheTags} finds every such record in an answer, however deeply embedded, and tags the answer
 * with each resource it shows.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Represents {

    ContentKind value();
}
