package com.modernmedia.content.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose answer changes without any write of what it shows (a sync page grows as the change log does,
 * and is per key): {@link RepresentationFilter} neither keeps nor tags it, and it goes out with
 * {@code Cache-Control: no-store} and no ETag. The OpenAPI document marks the operation {@code x-not-cached}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotCached {
}
