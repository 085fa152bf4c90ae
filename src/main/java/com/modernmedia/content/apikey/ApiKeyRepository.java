package com.modernmedia.content.apikey;

import com.modernmedia.content.shared.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    static final String CURSOR_KIND = "api-key";

    Optional<ApiKey> findByHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }

    boolean activeKeyNamed(String name, Instant now) {
        return count("name = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)", name, now) > 0;
    }

    /** Newest first; one more than asked to tell if there is a next page. */
    List<ApiKey> listNewestFirst(Cursor after, int limit) {
        if (after == null) {
            return find("order by createdAt desc, id desc").range(0, limit).list();
        }
        return find("createdAt <= :afterTime and (createdAt < :afterTime or id < :afterId) order by createdAt desc, id desc",
                Parameters.with("afterTime", after.instant(0)).and("afterId", after.uuid(1))).range(0, limit).list();
    }

    /** Records use at most once a minute, so that reads with a key do not each write. */
    void touch(UUID id, Instant now) {
        update("lastUsedAt = :now where id = :id and (lastUsedAt is null or lastUsedAt < :staleBefore)",
                Parameters.with("now", now).and("id", id).and("staleBefore", now.minusSeconds(60)));
    }
}
