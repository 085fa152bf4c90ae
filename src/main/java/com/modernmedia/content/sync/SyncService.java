package com.modernmedia.content.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.changelog.ChangeLog;
import com.modernmedia.content.changelog.ChangeView;
import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.PublishedKind;
import com.modernmedia.content.shared.Versioned;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sync API over the change log. A full sync notes the log's head, then reads what the public sees kind
 * by kind in id order; its last token goes on from that head. A delta reads the log after the token's
 * position: each resource that changed is sent once, as it is now (an entry) or as a tombstone, at the
 * place of its last change. Positions follow commit order without gaps (ChangeLog), so a delta that goes on
 * from where the last one ended never misses a change; a resource read after its last entry was seen is at
 * least as new as that entry, so the partner's copy ends equal to what the public sees.
 */
@ApplicationScoped
class SyncService {

    /** A page stops taking items past this many bytes of them: far under 1 MB, whatever the limit. */
    static final int PAGE_BYTES = 512 * 1024;
    /** The most positions one delta page looks through; a sync of rare kinds moves on this far a page. */
    static final int SCAN_WINDOW = 10_000;
    /** What a full sync reads first: what other resources refer to comes before them. */
    static final List<ContentKind> FULL_SYNC_ORDER = List.of(ContentKind.IMAGE, ContentKind.TOPIC, ContentKind.PERSON,
            ContentKind.ARTICLE, ContentKind.QUOTE);
    private static final UUID FIRST = new UUID(0, 0);

    private final Map<ContentKind, PublishedKind> sources = new EnumMap<>(ContentKind.class);
    private final ChangeLog changes;
    private final SyncTokens tokens;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;

    SyncService(Instance<PublishedKind> published, ChangeLog changes, SyncTokens tokens, ObjectMapper mapper,
                SecurityIdentity identity) {
        published.forEach(source -> sources.put(source.kind(), source));
        this.changes = changes;
        this.tokens = tokens;
        this.mapper = mapper;
        this.identity = identity;
    }

    /** The first page of a full sync of these kinds. */
    @Transactional
    SyncPage start(Set<ContentKind> types, int limit) {
        ContentKind first = FULL_SYNC_ORDER.stream().filter(types::contains).findFirst().orElseThrow();
        return full(new SyncToken(changes.head(), types, first, FIRST, caller()), limit);
    }

    /** The page a token asks for: more of a full sync, or what changed since. */
    @Transactional
    SyncPage next(String token, int limit) {
        SyncToken at = tokens.read(token, caller());
        return at.inFullSync() ? full(at, limit) : delta(at, limit);
    }

    private SyncPage full(SyncToken token, int limit) {
        Audience audience = Audience.of(identity);
        List<SyncItem> items = new ArrayList<>();
        int bytes = 0;
        ContentKind kind = token.kind();
        UUID after = token.after();
        while (kind != null) {
            int wanted = limit - items.size();
            if (wanted == 0 || bytes >= PAGE_BYTES) {
                return new SyncPage(items, tokens.write(token.fullAt(kind, after)), null);
            }
            PublishedKind source = sources.get(kind);
            List<UUID> ids = source.publishedIdsAfter(after, wanted, audience);
            for (UUID id : ids) {
                after = id;
                Optional<? extends Versioned> resource = source.published(id, audience);
                // Gone since it was listed: that change is after the head the sync started at, and the delta sends it.
                if (resource.isPresent()) {
                    SyncItem item = SyncItem.entry(kind, id, resource.get());
                    items.add(item);
                    bytes += size(item);
                    if (bytes >= PAGE_BYTES) {
                        break;
                    }
                }
            }
            if (bytes < PAGE_BYTES && ids.size() < wanted) {
                kind = nextKind(kind, token.types());
                after = FIRST;
            }
        }
        return new SyncPage(items, null, tokens.write(token.deltaFrom(token.position())));
    }

    private SyncPage delta(SyncToken token, int limit) {
        Audience audience = Audience.of(identity);
        long from = token.position();
        long head = changes.head();
        long upTo = Math.min(head, from + SCAN_WINDOW);
        List<ChangeView> found = changes.between(from, upTo, token.types(), limit);
        // Checked after the read: had retention removed the next entry meanwhile, the read may have missed it.
        if (from > head || from < head && !changes.holds(from + 1)) {
            throw ProblemException.syncTokenExpired("The change log no longer holds the changes after this token (it keeps them for "
                    + "a limited time) or was restored from a backup. Start a full sync without a token.");
        }
        long end = found.size() == limit ? found.get(found.size() - 1).position() : upTo;
        Map<Resource, ChangeView> lastChange = new LinkedHashMap<>();
        for (ChangeView change : found) {
            Resource resource = new Resource(change.kind(), change.id());
            lastChange.remove(resource); // put again below: resources are in the order of their last change
            lastChange.put(resource, change);
        }
        List<SyncItem> items = new ArrayList<>();
        int bytes = 0;
        for (ChangeView change : lastChange.values()) {
            if (bytes >= PAGE_BYTES) {
                // Every change up to the previous resource's last one is sent; later ones go on the next page.
                end = lastChange.get(lastResource(items)).position();
                break;
            }
            SyncItem item = current(change, audience);
            items.add(item);
            bytes += size(item);
        }
        SyncToken next = token.deltaFrom(end);
        return end < head ? new SyncPage(items, tokens.write(next), null) : new SyncPage(items, null, tokens.write(next));
    }

    /** The changed resource as the public sees it now, or its tombstone. */
    private SyncItem current(ChangeView change, Audience audience) {
        PublishedKind source = sources.get(change.kind());
        Optional<? extends Versioned> published = source.published(change.id(), audience);
        if (published.isPresent()) {
            return SyncItem.entry(change.kind(), change.id(), published.get());
        }
        // Rows stay as tombstones when deleted; one that is gone all the same is gone for good.
        return SyncItem.tombstone(change.kind(), change.id(), source.withdrawn(change.id(), audience)
                .orElse(new PublishedKind.Withdrawn(null, change.revision(), PublishedKind.Withdrawn.Reason.DELETED)));
    }

    private static Resource lastResource(List<SyncItem> items) {
        SyncItem last = items.get(items.size() - 1);
        return new Resource(last.kind(), last.id());
    }

    private static ContentKind nextKind(ContentKind kind, Set<ContentKind> types) {
        int index = FULL_SYNC_ORDER.indexOf(kind);
        return FULL_SYNC_ORDER.subList(index + 1, FULL_SYNC_ORDER.size()).stream().filter(types::contains).findFirst()
                .orElse(null);
    }

    private int size(SyncItem item) {
        try {
            return mapper.writeValueAsBytes(item).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sync item could not be written as JSON", e);
        }
    }

    private UUID caller() {
        return Caller.of(identity).keyId();
    }

    private record Resource(ContentKind kind, UUID id) {
    }
}
