package com.modernmedia.content.shared;

import java.util.Set;

/**
 * A committed write, with the cache tags (see {@link CacheTags}) of every
 * representation it may have changed: what a CDN should purge.
 */
public record ContentChanged(Set<String> tags) {
}
