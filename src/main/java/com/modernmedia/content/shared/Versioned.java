package com.modernmedia.content.shared;

/**
 * A representation of something editable. Its ETag starts with its revision
 * ({@code "r3-…"}), so a client can send it back in If-Match to edit safely.
 */
public interface Versioned {

    int revision();
}
