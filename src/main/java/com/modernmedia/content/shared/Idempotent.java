package com.modernmedia.content.shared;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A create that takes an Idempotency-Key ({@link IdempotencyFilter}): a retry with the same key answers what
 * the first request answered. Other writes are idempotent by If-Match already.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {
}
