package com.modernmedia.content.shared;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * A representation that names what it shows, as cache tags: a CDN keeps them
 * from the Surrogate-Key header and can purge exactly what a change touches.
 */
public interface CacheTagged {

    /** Adds a tag for each resource the representation shows. */
    void addCacheTags(Set<String> tags);

    static String tag(String kind, UUID id) {
        return kind + "-" + id;
    }

    static void addAll(Set<String> tags, Collection<? extends CacheTagged> shown) {
        if (shown != null) {
            shown.forEach(item -> item.addCacheTags(tags));
        }
    }
}
