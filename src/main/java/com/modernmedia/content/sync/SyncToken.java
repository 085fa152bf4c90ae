package com.modernmedia.content.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.modernmedia.content.shared.ContentKind;

import java.util.Set;
import java.util.UUID;

/**
 * Where a partner's sync stands, as its opaque token carries it (signed by {@link SyncTokens}).
 *
 * @param position the change-log position the partner's copy is complete up to: where the delta goes on from,
 *                 or, during a full sync, the head it started at
 * @param types    the kinds the sync follows
 * @param kind     during a full sync, the kind being read; null once the full sync is done
 * @param after    during a full sync, the last id of that kind sent
 * @param caller   the API key that started the sync, null without a key: only it may go on with it
 */
record SyncToken(
        @JsonProperty("p") long position,
        @JsonProperty("t") Set<ContentKind> types,
        @JsonProperty("k") ContentKind kind,
        @JsonProperty("a") UUID after,
        @JsonProperty("c") UUID caller) {

    boolean inFullSync() {
        return kind != null;
    }

    /** The full sync going on from this id of this kind. */
    SyncToken fullAt(ContentKind nextKind, UUID lastId) {
        return new SyncToken(position, types, nextKind, lastId, caller);
    }

    /** The delta going on after this position. */
    SyncToken deltaFrom(long newPosition) {
        return new SyncToken(newPosition, types, null, null, caller);
    }
}
