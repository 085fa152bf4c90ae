package com.modernmedia.content.webhook;

import com.modernmedia.content.shared.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    static final String CURSOR_KIND = "webhook";

    /** Newest first, of one owner or (owner null) of all; one more than asked to tell if there is a next page. */
    List<WebhookEndpoint> listNewestFirst(UUID owner, Cursor after, int limit) {
        String ownerClause = owner == null ? "" : "ownerKeyId = :owner and ";
        Parameters parameters = new Parameters();
        if (owner != null) {
            parameters.and("owner", owner);
        }
        if (after == null) {
            return find((owner == null ? "" : "ownerKeyId = :owner ") + "order by createdAt desc, id desc", parameters)
                    .range(0, limit).list();
        }
        return find(ownerClause + "createdAt <= :afterTime and (createdAt < :afterTime or id < :afterId) "
                        + "order by createdAt desc, id desc",
                parameters.and("afterTime", after.instant(0)).and("afterId", after.uuid(1))).range(0, limit).list();
    }

    /** The endpoint if the owner (null: an admin, who sees all) may see it. */
    Optional<WebhookEndpoint> findVisible(UUID id, UUID owner) {
        return findByIdOptional(id).filter(endpoint -> owner == null || owner.equals(endpoint.ownerKeyId));
    }

    /** The enabled endpoints whose cursor is behind the change log's head: those with events to take. */
    @SuppressWarnings("unchecked")
    List<UUID> enabledBehind() {
        return getEntityManager().createNativeQuery("select id from webhook_endpoint where enabled "
                + "and position < (select position from change_log_head) order by id", UUID.class).getResultList();
    }

    /** Locks an enabled endpoint for this transaction, or empty if another instance holds it now. */
    Optional<WebhookEndpoint> lockEnabled(UUID id) {
        @SuppressWarnings("unchecked")
        List<WebhookEndpoint> found = getEntityManager()
                .createNativeQuery("select * from webhook_endpoint where id = ?1 and enabled for update skip locked",
                        WebhookEndpoint.class)
                .setParameter(1, id).getResultList();
        return found.stream().findFirst();
    }
}
