package com.modernmedia.content.webhook;

import com.modernmedia.content.shared.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    static final String CURSOR_KIND = "webhook-delivery";

    /**
     * The deliveries due now that no instance holds: of each enabled endpoint only its oldest pending one, so that
     * an endpoint gets its events in log order. Locked with skip locked, so that two instances never claim one.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("select d.id from webhook_delivery d "
                        + "join webhook_endpoint e on e.id = d.endpoint_id "
                        + "where e.enabled and d.status = 'pending' and d.next_attempt_at <= ?1 "
                        + "and (d.locked_until is null or d.locked_until <= ?1) "
                        + "and not exists (select 1 from webhook_delivery p where p.endpoint_id = d.endpoint_id "
                        + "and p.status = 'pending' and p.position < d.position) "
                        + "order by d.next_attempt_at limit ?2 for update of d skip locked", UUID.class)
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
    }

    /** One endpoint's log, newest first, along its unique index; one more than asked. */
    List<WebhookDelivery> listNewestFirst(UUID endpointId, Cursor after, int limit) {
        if (after == null) {
            return find("endpointId = ?1 order by position desc", endpointId).range(0, limit).list();
        }
        return find("endpointId = ?1 and position < ?2 order by position desc", endpointId, after.number(0))
                .range(0, limit).list();
    }
}
