package com.modernmedia.content.changelog;

import com.modernmedia.content.shared.CacheTags;
import com.modernmedia.content.shared.ContentKind;

import java.util.List;
import java.util.Set;

/** The cache tags one change made stale, at its place in the log: what a CDN purges for it. */
public record StaleTags(long position, List<String> tags) {

    /**
     * An entry without tags of its own (an article's quote or person logged with it) is covered by its write's
     * entry. One appended before V18 (by an older instance during a rolling upgrade) has none recorded: the
     * resource's own tags stand in, without what listed it.
     */
    static StaleTags of(ChangeEntry entry) {
        List<String> tags = entry.staleTags == null
                ? List.copyOf(CacheTags.ofChange(ContentKind.of(entry.kind), entry.resourceId, Set.of()))
                : entry.staleTags.isEmpty() ? List.of() : List.of(entry.staleTags.split(" "));
        return new StaleTags(entry.position, tags);
    }
}
