package com.modernmedia.content.audit;

import com.modernmedia.content.shared.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    static final String CURSOR_KIND = "audit";

    /** Newest first (ids follow time), optionally for one resource; one more than asked. */
    List<AuditEntry> listNewestFirst(UUID targetId, Cursor after, int limit) {
        Parameters parameters = new Parameters();
        StringBuilder hql = new StringBuilder("from AuditEntry e where 1 = 1");
        if (targetId != null) {
            hql.append(" and e.targetId = :targetId");
            parameters.and("targetId", targetId);
        }
        if (after != null) {
            hql.append(" and e.id < :afterId");
            parameters.and("afterId", after.number(0));
        }
        return find(hql.append(" order by e.id desc").toString(), parameters).range(0, limit).list();
    }
}
