package com.modernmedia.content.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modernmedia.content.audit.AuditLog;
import com.modernmedia.content.changelog.ChangeAction;
import com.modernmedia.content.changelog.ChangeLog;
import com.modernmedia.content.model.ContentEntity;
import com.modernmedia.content.shared.CacheInvalidation;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.MergePatch;
import com.modernmedia.content.shared.Preconditions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every write of every kind of content, the same way, in the caller's transaction: find the live resource,
 * check If-Match, apply the change, and when it changed something raise the revision by exactly one, then
 * record the revision (where the kind keeps them), the audit entry and the change-log entry, and name what
 * it made stale. A write that changes nothing answers the resource as it is and records nothing.
 */
@ApplicationScoped
public class WritePipeline {

    private final EntityManager entityManager;
    private final MergePatch patches;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final CacheInvalidation invalidation;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Clock clock;

    WritePipeline(EntityManager entityManager, MergePatch patches, AuditLog audit, ChangeLog changes,
                  CacheInvalidation invalidation, ObjectMapper mapper, SecurityIdentity identity, Clock clock) {
        this.entityManager = entityManager;
        this.patches = patches;
        this.audit = audit;
        this.changes = changes;
        this.invalidation = invalidation;
        this.mapper = mapper;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ContentEntity, I> E create(EditableKind<E, I> kind, I input) {
        flushOnlyWhenWritten();
        Instant now = clock.instant();
        E entity = kind.newEntity();
        entity.id = UUID.randomUUID();
        entity.revision = 1;
        entity.createdAt = now;
        entity.updatedAt = now;
        kind.apply(entity, input);
        entityManager.persist(entity);
        entityManager.flush();
        kind.written(entity, null);
        ObjectNode state = state(kind, entity, kind.inputOf(entity));
        List<String> fields = setFields(state);
        Caller caller = Caller.of(identity);
        record(kind, entity, Operation.CREATE, ChangeAction.CREATED, fields, state, caller,
                new LinkedHashSet<>(kind.listedIn(entity)), now);
        logDependents(kind, entity, false, kind.isAnnounced(entity), false, Map.of(), caller, now);
        return entity;
    }

    /** PUT: the input replaces the resource's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ContentEntity, I> E replace(EditableKind<E, I> kind, String key, String ifMatch, I input) {
        return update(kind, key, ifMatch, Operation.UPDATE, entity -> kind.apply(entity, input));
    }

    /** PATCH: a JSON Merge Patch of the resource's input, then checked and applied like a PUT. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ContentEntity, I> E patch(EditableKind<E, I> kind, String key, String ifMatch, byte[] mergePatch) {
        return update(kind, key, ifMatch, Operation.UPDATE, entity -> kind.apply(entity,
                patches.apply(kind.patchBase(entity, patches.topLevelFields(mergePatch)), mergePatch, kind.inputType())));
    }

    /** A soft delete: the row stays as a tombstone, gone from every read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ContentEntity, I> E delete(EditableKind<E, I> kind, String key, String ifMatch) {
        return update(kind, key, ifMatch, Operation.DELETE, entity -> {
            kind.prepareDelete(entity);
            entity.deletedAt = clock.instant();
        });
    }

    /** Any other change an editor asks for (publish, unpublish), guarded by If-Match like every write. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ContentEntity, I> E update(EditableKind<E, I> kind, String key, String ifMatch, Operation operation,
                                                 Consumer<E> change) {
        flushOnlyWhenWritten();
        E entity = kind.findLive(key);
        Preconditions.checkIfMatch(ifMatch, entity.revision);
        return write(kind, entity, operation, change, Caller.of(identity));
    }

    /**
     * A change the service makes itself: as it publishes a scheduled article whose time has come, or as it
     * keeps other resources true to a write (the quotes of an edited article). No If-Match: nobody edited.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends ContentEntity, I> E follow(EditableKind<E, I> kind, E entity, Operation operation, Consumer<E> change,
                                                 Caller caller) {
        flushOnlyWhenWritten();
        return write(kind, entity, operation, change, caller);
    }

    private <E extends ContentEntity, I> E write(EditableKind<E, I> kind, E entity, Operation operation, Consumer<E> change,
                                                 Caller caller) {
        I before = kind.inputOf(entity);
        ObjectNode stateBefore = state(kind, entity, before);
        boolean wasPublic = kind.isPublic(entity);
        boolean wasAnnounced = kind.isAnnounced(entity);
        // Only a public resource shows its dependents: a draft's edit costs no look at them.
        Map<UUID, Dependent> dependentsBefore = wasPublic ? byId(kind.dependents(entity)) : Map.of();
        Set<String> listedIn = new LinkedHashSet<>(kind.listedIn(entity));
        change.accept(entity);
        ObjectNode stateAfter = state(kind, entity, kind.inputOf(entity));
        List<String> changed = changedFields(stateBefore, stateAfter);
        if (changed.isEmpty()) {
            // Nothing changed: undo what was set in memory (rewritten lists) rather than flush it.
            entityManager.refresh(entity);
            return entity;
        }
        Instant now = clock.instant();
        entity.updatedAt = now;
        entityManager.flush(); // the revision rises by one here, or a concurrent write of the same revision wins: 412
        kind.written(entity, before);
        listedIn.addAll(kind.listedIn(entity));
        boolean isPublic = kind.isPublic(entity);
        boolean announcedNow = !wasAnnounced && kind.isAnnounced(entity);
        ChangeAction action = operation == Operation.DELETE ? ChangeAction.DELETED
                : isPublic && (!wasPublic || announcedNow) ? ChangeAction.PUBLISHED
                : wasPublic && !isPublic ? ChangeAction.UNPUBLISHED : ChangeAction.UPDATED;
        record(kind, entity, operation, action, changed, stateAfter, caller, listedIn, now);
        boolean audienceChanged = changed.stream().anyMatch(kind.audienceFields()::contains);
        logDependents(kind, entity, wasPublic, announcedNow, audienceChanged, dependentsBefore, caller, now);
        return entity;
    }

    /**
     * The resources readers see only through this one that the write made visible or invisible (an article's
     * quotes and people, as it is published, unpublished, deleted or given other people) get an entry of their
     * own, so that a reader of the log (sync, webhooks) learns of them; as the write announces the resource,
     * all it shows are announced with it, whether or not readers saw them a moment before, and as it changes
     * who sees them (partners' rights), all it shows are logged as updated. One written in this transaction
     * has its own entry already.
     */
    private <E extends ContentEntity, I> void logDependents(EditableKind<E, I> kind, E entity, boolean wasPublic,
                                                         boolean announcedNow, boolean audienceChanged,
                                                         Map<UUID, Dependent> before, Caller caller, Instant now) {
        boolean isPublic = kind.isPublic(entity);
        if (!wasPublic && !isPublic) {
            return; // nobody saw anything through it, before or after
        }
        Map<UUID, Dependent> after = byId(kind.dependents(entity));
        Map<UUID, Dependent> all = new LinkedHashMap<>(before);
        all.putAll(after);
        List<Dependent> shownOrHidden = new ArrayList<>();
        for (Dependent dependent : all.values()) {
            boolean seenBefore = wasPublic && before.containsKey(dependent.id());
            boolean seenAfter = isPublic && after.containsKey(dependent.id());
            boolean again = announcedNow || audienceChanged;
            if ((seenBefore != seenAfter || seenAfter && again) && !changes.logged(dependent.kind(), dependent.id())) {
                shownOrHidden.add(dependent);
            }
        }
        if (shownOrHidden.isEmpty()) {
            return;
        }
        // One the public still sees through something else is logged as updated: a partner whose rights do not
        // cover that other resource may have started or stopped seeing it.
        Set<UUID> elsewhere = kind.visibleElsewhere(entity, shownOrHidden);
        for (Dependent dependent : shownOrHidden) {
            boolean shown = isPublic && after.containsKey(dependent.id());
            boolean seenBefore = wasPublic && before.containsKey(dependent.id());
            ChangeAction action = elsewhere.contains(dependent.id()) || shown && seenBefore && !announcedNow ? ChangeAction.UPDATED
                    : shown ? ChangeAction.PUBLISHED : ChangeAction.UNPUBLISHED;
            // What shows it is stale by the tags of the write's own entry (the article's, which its pages carry).
            changes.append(dependent.kind(), dependent.id(), action, dependent.revision(), now, caller, Set.of());
        }
    }

    private static Map<UUID, Dependent> byId(Set<Dependent> dependents) {
        Map<UUID, Dependent> byId = new LinkedHashMap<>();
        dependents.forEach(dependent -> byId.put(dependent.id(), dependent));
        return byId;
    }

    private <E extends ContentEntity, I> void record(EditableKind<E, I> kind, E entity, Operation operation, ChangeAction action,
                                                     List<String> changed, ObjectNode state, Caller caller,
                                                     Set<String> listedIn, Instant now) {
        kind.recordRevision(entity, operation, changed, state, caller, now);
        Map<String, Object> detail = new LinkedHashMap<>(kind.describe(entity));
        detail.put("revision", entity.revision);
        if (operation != Operation.CREATE) {
            detail.put("changes", changed);
        }
        audit.record(caller, operation.verb(), kind.kind().value(), entity.id, detail);
        Set<String> stale = invalidation.changed(kind.kind(), entity.id, listedIn);
        changes.append(kind.kind(), entity.id, action, entity.revision, now, caller, stale);
        entityManager.flush();
    }

    /** What a change is compared on: the resource as written, whether it is deleted, and what the kind adds. */
    private <E extends ContentEntity, I> ObjectNode state(EditableKind<E, I> kind, E entity, I input) {
        ObjectNode state = mapper.valueToTree(input);
        state.put("deleted", entity.isDeleted());
        kind.addState(entity, state);
        return state;
    }

    private static List<String> changedFields(ObjectNode before, ObjectNode after) {
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(name -> !before.path(name).equals(after.path(name))).toList();
    }

    /** The fields a new resource was given: those not null. */
    private static List<String> setFields(ObjectNode state) {
        List<String> fields = new ArrayList<>();
        state.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull() && !field.getKey().equals("deleted")) {
                fields.add(field.getKey());
            }
        });
        return fields;
    }

    /**
     * The checks of a write query the database while the entity is half changed; were those queries to flush
     * it, the revision would rise more than once. It is flushed once, when the change is complete.
     */
    private void flushOnlyWhenWritten() {
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }
}
