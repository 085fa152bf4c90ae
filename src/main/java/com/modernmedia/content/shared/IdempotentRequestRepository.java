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
     * Claims the key for a first request; false when another request has it.
     * The primary key makes a concurrent duplicate wait here and then see the claim.
     */
    boolean claim(IdempotentRequest.Key key, String requestHash) {
        // Retries come within minutes; a day-old answer is no longer needed.
        delete("createdAt < ?1", clock.instant().minus(1, ChronoUnit.DAYS));
        return getEntityManager().createNativeQuery("insert into idempotent_request (key_id, idempotency_key, request_hash, status) "
                        + "values (?1, ?2, ?3, " + IdempotentRequest.RUNNING + ") on conflict do nothing")
                .setParameter(1, key.keyId).setParameter(2, key.idempotencyKey).setParameter(3, requestHash)
                .executeUpdate() == 1;
    }

    Optional<IdempotentRequest> find(IdempotentRequest.Key key) {
        return findByIdOptional(key);
    }
}
