package com.modernmedia.content.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One kind of content as a reader without a key sees it, read by id whatever key the request holds (an
 * editor's key too): what the sync API sends. Each kind's service implements it; the sync API finds them all.
 */
public interface PublishedKind {

    ContentKind kind();

    /** The ids of what the public sees now, in id order, after the id (the nil UUID for the first), at most limit. */
    List<UUID> publishedIdsAfter(UUID after, int limit);

    /** The resource as an anonymous GET of it answers, or empty when the public does not see it now. */
    Optional<? extends Versioned> published(UUID id);

    /** What is left of a resource the public does not see (deleted, or not shown by anything public); empty if none ever was. */
    Optional<Withdrawn> withdrawn(UUID id);

    /**
     * A resource the public no longer sees.
     *
     * @param slug    the slug it had, null for kinds without one (quotes, images)
     * @param deleted deleted for good, rather than out of sight for now (a draft again, or shown by no public article)
     */
    record Withdrawn(String slug, int revision, boolean deleted) {
    }
}
