package com.modernmedia.content.shared;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

@ApplicationScoped
class IdempotentRequestRepository implements PanacheRepositoryBase<IdempotentRequest, IdempotentRequest.Key> {

    private final Clock clock;

    IdempotentRequestRepository(Clock clock) {
        this.clock = clock;
    }

    /**
     * Claims the key for a first request, in the transaction of its write; false when another request has
     * it. The primary key makes a concurrent duplicate wait here until the first commits (then it sees the
     * first answer) or rolls back (then it claims the key itself).
     */
    boolean claim(IdempotentRequest.Key key, String requestHash) {
        // Retries come within minutes; a day-old answer is no longer needed.
        delete("createdAt < ?1", clock.instant().minus(1, ChronoUnit.DAYS));
        return getEntityManager().createNativeQuery("insert into idempotent_request (key_id, idempotency_key, request_hash, status) "
                        + "values (?1, ?2, ?3, " + IdempotentRequest.UNANSWERED + ") on conflict do nothing")
                .setParameter(1, key.keyId).setParameter(2, key.idempotencyKey).setParameter(3, requestHash)
                .executeUpdate() == 1;
    }

    Optional<IdempotentRequest> find(IdempotentRequest.Key key) {
        return findByIdOptional(key);
    }
}
