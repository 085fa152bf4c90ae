package com.modernmedia.content.changelog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
class ChangeRepository implements PanacheRepositoryBase<ChangeEntry, Long> {

    static final String CURSOR_KIND = "change";

    /** Oldest first from the position on, by the primary key; one more than asked to tell if there is a next page. */
    List<ChangeEntry> listAfter(long position, int limit) {
        return find("position > ?1 order by position", position).range(0, limit - 1).list();
    }

    /** The entries of these kinds in a range of positions, oldest first, at most limit; along the primary key. */
    List<ChangeEntry> listBetween(long after, long upTo, Collection<String> kinds, int limit) {
        return find("position > ?1 and position <= ?2 and kind in ?3 order by position", after, upTo, kinds)
                .range(0, limit - 1).list();
    }

    /** The entries in a range of positions, oldest first, at most limit; along the primary key. */
    List<ChangeEntry> listBetween(long after, long upTo, int limit) {
        return find("position > ?1 and position <= ?2 order by position", after, upTo).range(0, limit - 1).list();
    }

    /** The last position handed out; every entry up to it has committed. */
    long head() {
        return ((Number) getEntityManager().createNativeQuery("select position from change_log_head").getSingleResult()).longValue();
    }

    long countAfter(long position) {
        return count("position > ?1", position);
    }

    /** Entries older than the time go; change_log_changed_at_idx finds them. */
    long deleteChangedBefore(Instant time) {
        return delete("changedAt < ?1", time);
    }
}
