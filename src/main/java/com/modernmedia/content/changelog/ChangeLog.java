package com.modernmedia.content.changelog;

import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.ContentKind;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The append-only log of every committed change of content. A write appends in its own transaction; the
 * entry takes its position only as the transaction commits, under the lock of the log's head row, so that
 * positions follow commit order with no gaps. A reader that pages by position therefore never skips an
 * entry: when it sees position n, every entry before n is committed and visible (docs/architecture.md).
 */
@ApplicationScoped
public class ChangeLog {

    private static final Logger LOG = Logger.getLogger(ChangeLog.class);
    private static final String APPEND = "with head as (update change_log_head set position = position + 1 returning position) "
            + "insert into change_log (position, kind, resource_id, action, revision, changed_at, key_id, key_name, "
            + "stale_tags) select position, ?, ?, ?, ?, ?, ?, ?, ? from head";

    private final ChangeRepository changes;
    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final ContentConfig config;
    private final Clock clock;

    ChangeLog(ChangeRepository changes, AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
              ContentConfig config, Clock clock) {
        this.changes = changes;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Appends a change in the caller's transaction: it is logged if and only if that transaction commits. With it go
     * the cache tags the write made stale ({@link com.modernmedia.content.shared.CacheInvalidation#changed}), for the
     * CDN's purge, which reads them later and cannot work out what the resource was listed in before the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ContentKind kind, UUID id, ChangeAction action, int revision, Instant at, Caller caller,
                       Collection<String> staleTags) {
        Pending pending = (Pending) transactions.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending(dataSource);
            transactions.putResource(Pending.class, pending);
            // Interposed: runs after the persistence context's own flush, the last work before the commit.
            transactions.registerInterposedSynchronization(pending);
        }
        pending.entries.add(new Entry(kind, id, action, revision, at, caller, String.join(" ", staleTags)));
    }

    /** Whether this transaction has logged a change of the resource already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean logged(ContentKind kind, UUID id) {
        Pending pending = (Pending) transactions.getResource(Pending.class);
        return pending != null && pending.entries.stream().anyMatch(entry -> entry.kind() == kind && entry.id().equals(id));
    }

    /**
     * The log oldest first, after a position (0 or absent: from the start), paged like every list: the cursor
     * of a page goes on from where it ended (the Link of a page keeps after=, the cursor wins), and total
     * counts every entry after the position asked for.
     */
    Page<ChangeView> list(Long after, PageRequest page) {
        long start = after == null ? 0 : after;
        long from = page.cursor() != null ? Math.max(start, page.after(ChangeRepository.CURSOR_KIND).number(0)) : start;
        List<ChangeEntry> found = changes.listAfter(from, page.limit() + 1);
        return Page.of(found, page.limit(), e -> CursorCodec.encode(ChangeRepository.CURSOR_KIND, e.position),
                ChangeView::from, page.withTotal() ? changes.countAfter(start) : null);
    }

    /** The position of the last committed change (0 for an empty log): every change up to it can be read. */
    public long head() {
        return changes.head();
    }

    /** Whether the entry at the position is still kept, or retention has removed it. */
    public boolean holds(long position) {
        return changes.findByIdOptional(position).isPresent();
    }

    /** The changes of these kinds after a position and up to another, oldest first, at most limit. */
    public List<ChangeView> between(long after, long upTo, Set<ContentKind> kinds, int limit) {
        return changes.listBetween(after, upTo, kinds.stream().map(ContentKind::value).toList(), limit).stream()
                .map(ChangeView::from).toList();
    }

    /** The cache tags the changes after a position and up to another made stale, oldest first, at most limit. */
    public List<StaleTags> staleBetween(long after, long upTo, int limit) {
        return changes.listBetween(after, upTo, limit).stream().map(StaleTags::of).toList();
    }

    /** Drops entries older than content.changes.retention; by default they are kept. */
    @Scheduled(every = "${content.changes.retention-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void prune() {
        config.changes().retention().ifPresent(retention -> {
            long removed = changes.deleteChangedBefore(clock.instant().minus(retention));
            if (removed > 0) {
                LOG.infof("Change log: removed %d entries older than %s", removed, retention);
            }
        });
    }

    /** A change waiting for its transaction to commit. */
    private record Entry(ContentKind kind, UUID id, ChangeAction action, int revision, Instant at, Caller caller,
                         String staleTags) {
    }

    /** The changes of one transaction, written as it commits. */
    private static final class Pending implements Synchronization {

        private final AgroalDataSource dataSource;
        private final List<Entry> entries = new ArrayList<>();

        private Pending(AgroalDataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** On the transaction's own connection, which the data source hands out again while the transaction runs. */
        @Override
        public void beforeCompletion() {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(APPEND)) {
                for (Entry entry : entries) {
                    insert.setString(1, entry.kind().value());
                    insert.setObject(2, entry.id());
                    insert.setString(3, entry.action().value());
                    insert.setInt(4, entry.revision());
                    insert.setTimestamp(5, Timestamp.from(entry.at()));
                    insert.setObject(6, entry.caller().keyId(), Types.OTHER);
                    insert.setString(7, entry.caller().name());
                    insert.setString(8, entry.staleTags());
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("the change log could not be written; the write rolls back", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            // nothing kept: the entries were written, or rolled back with the transaction
        }
    }
}
