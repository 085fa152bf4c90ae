package com.modernmedia.content.purge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/** The one row of purge_state, always by its primary key. */
@ApplicationScoped
class PurgeStateRepository implements PanacheRepositoryBase<PurgeState, Boolean> {

    /** Locks the row for this transaction, or empty if another instance holds it this instant (it skips, not waits). */
    Optional<PurgeState> lockUnlessLocked() {
        @SuppressWarnings("unchecked")
        List<PurgeState> found = getEntityManager()
                .createNativeQuery("select * from purge_state where only_row for update skip locked", PurgeState.class)
                .getResultList();
        return found.stream().findFirst();
    }

    /** Locks the row for this transaction, waiting for another instance's short transaction if need be. */
    PurgeState lock() {
        return findById(true, LockModeType.PESSIMISTIC_WRITE);
    }
}
