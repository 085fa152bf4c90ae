package com.modernmedia.content.changelog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
class ChangeRepository implements PanacheRepositoryBase<ChangeEntry, Long> {

    static final String CURSOR_KIND = "change";

    /** Oldest first from the position on, by the primary key; one more than asked to tell if there is a next page. */
    List<ChangeEntry> listAfter(long position, int limit) {
        return find("position > ?1 order by position", position).range(0, limit).list();
    }

    long countAfter(long position) {
        return count("position > ?1", position);
    }

    /** Entries older than the time go; change_log_changed_at_idx finds them. */
    long deleteChangedBefore(Instant time) {
        return delete("changedAt < ?1", time);
    }
}
