package com.modernmedia.content.purge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** How far purging has got in the change log (V18): the table's one row, shared by every instance. */
@Entity
@Table(name = "purge_state")
class PurgeState {

    @Id
    @Column(name = "only_row")
    boolean onlyRow;

    /** The last change-log position whose tags the CDN has accepted. */
    long position;

    /** Failed attempts in a row at the batch after the position. */
    int attempts;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    /** The batch being sent, and until when the instance sending it holds the row. */
    @Column(name = "claim_id")
    UUID claimId;

    @Column(name = "locked_until")
    Instant lockedUntil;

    /** Another instance is sending a batch, or the last attempt failed and its backoff has not passed. */
    boolean busyAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) || nextAttemptAt != null && nextAttemptAt.isAfter(now);
    }
}
