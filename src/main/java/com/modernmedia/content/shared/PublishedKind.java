package com.modernmedia.content.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One kind of content as an audience sees it (the public, or a partner within its syndication rights), read
 * by id whatever else the request's key may do (an editor's key sees what the public sees here): what the
 * sync API sends. Each kind's service implements it; the sync API finds them all.
 */
public interface PublishedKind {

    ContentKind kind();

    /** The ids of what the audience sees now, in id order, after the id (the nil UUID for the first), at most limit. */
    List<UUID> publishedIdsAfter(UUID after, int limit, Audience audience);

    /** The resource as a GET of it answers the audience, or empty when the audience does not see it now. */
    Optional<? extends Versioned> published(UUID id, Audience audience);

    /** What is left of a resource the audience does not see, and why; empty if none ever was. */
    Optional<Withdrawn> withdrawn(UUID id, Audience audience);

    /**
     * A resource the audience no longer sees.
     *
     * @param slug the slug it had, null for kinds without one (quotes, images)
     */
    record Withdrawn(String slug, int revision, Reason reason) {

        /** Why; only partners meet the last three, which are about an article's syndication rights. */
        @Schema(name = "TombstoneReason")
        public enum Reason {
            /** Deleted for good: it will not come back. */
            DELETED,
            /** Out of the public's sight for now: a draft again, unpublished, or shown by no public article. */
            UNPUBLISHED,
            /** The partner's rights to it have expired. */
            RIGHTS_EXPIRED,
            /** Under embargo: partners see it from a later time. */
            EMBARGOED,
            /** Not within this partner's rights: not syndicated, or limited to other partners or regions. */
            OUT_OF_SCOPE;

            @JsonValue
            public String value() {
                return name().toLowerCase(Locale.ROOT).replace('_', '-');
            }

            /** Deleted for good, else out of the public's sight. */
            public static Reason of(boolean deleted) {
                return deleted ? DELETED : UNPUBLISHED;
            }
        }
    }
}
