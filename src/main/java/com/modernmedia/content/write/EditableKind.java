package com.modernmedia.content.write;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.model.ContentEntity;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.ContentKind;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One kind of content as the {@link WritePipeline} writes it. The pipeline does the steps every write
 * shares; a kind says only how to find one, how its input applies (and what that checks), when it may be
 * deleted, which other representations list it, and what follows from a write in other rows.
 *
 * @param <E> the entity
 * @param <I> the input record editors send (POST, PUT; PATCH merges into it)
 */
public interface EditableKind<E extends ContentEntity, I> {

    ContentKind kind();

    Class<I> inputType();

    /** A new entity with nothing set; the pipeline gives it its id, times and first revision. */
    E newEntity();

    /** The resource a URL names (slug or id), not deleted: else a 404, or a SlugMovedException for an old slug. */
    E findLive(String key);

    /** The resource as editors write it: what PUT replaces and PATCH merges into. */
    I inputOf(E entity);

    /** The document a merge patch applies to; by default the resource's input. */
    default I patchBase(E entity, Set<String> patchedFields) {
        return inputOf(entity);
    }

    /** Checks the input against the data (references, slugs taken) and sets it on the entity. */
    void apply(E entity, I input);

    /** Refuses (409) to delete what is still in use, and takes what locks the delete needs. */
    default void prepareDelete(E entity) {
    }

    /**
     * Tags of the representations that list or count the resource without showing it (a topic's page counts
     * its articles). Those that show it are tagged with it by {@code CacheTags}; the pipeline adds these, before
     * and after the change, so that what the resource leaves is refreshed as well as what it joins.
     */
    Set<String> listedIn(E entity);

    /**
     * The resources readers see only through this one, as it is now (an article's live quotes, its authors and
     * people): the pipeline logs those a write made visible or invisible, so that the change log holds every
     * change of what readers can see. Read under a lock that writes of the dependents take too, so that none
     * commits between this read and the write's commit unseen.
     */
    default Set<Dependent> dependents(E entity) {
        return Set.of();
    }

    /**
     * Of these dependents, which this write shows or hides, the ones the public still sees through something other
     * than this resource (logged as updated rather than unpublished or published). It locks what it reads, so that
     * two writes deciding about one dependent decide in turn.
     */
    default Set<UUID> visibleElsewhere(E entity, Collection<Dependent> dependents) {
        return Set.of();
    }

    /** Whether readers see it; a change across this line is a publication or an unpublication. */
    default boolean isPublic(E entity) {
        return !entity.isDeleted();
    }

    /**
     * Whether the change log has announced it as public. Readers may see something a moment before (a scheduled
     * article whose time came before the job published it): the write that announces it logs it, and what it
     * shows, as published. By default, as soon as readers see it.
     */
    default boolean isAnnounced(E entity) {
        return isPublic(entity);
    }

    /**
     * Fields whose change alters who sees the resource's dependents without hiding or showing it to the public
     * (an article's syndication rights, for partners): the pipeline then logs every dependent it shows.
     */
    default Set<String> audienceFields() {
        return Set.of();
    }

    /** What a change is compared on besides the input and deletion (an article's status). */
    default void addState(E entity, ObjectNode state) {
    }

    /** After the write is flushed, in its transaction: what follows in other rows (quotes renumbered). */
    default void written(E entity, I before) {
    }

    /** Kinds that keep a history store the revision just written. */
    default void recordRevision(E entity, Operation operation, List<String> changedFields, ObjectNode state, Caller caller,
                                Instant at) {
    }

    /** A few facts for the audit entry: its slug, or its url. */
    Map<String, Object> describe(E entity);
}
