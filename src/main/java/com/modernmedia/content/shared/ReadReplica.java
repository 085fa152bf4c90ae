package com.modernmedia.content.shared;

import com.modernmedia.content.ContentConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether public reads may go to the read replica (content.db.read-replica, the datasource "read") now: only while
 * it has replayed every change this instance has applied. Every check-interval it notes how many changes the
 * {@link RepresentationCache} has applied, then reads the change log's head on the primary, then on the replica;
 * if the replica is as far, it is trusted for that many changes, until another is applied (a write here, or one
 * the {@link ChangeListener} heard: those committed before the head was read on the primary), or the check is
 * older than three times content.cache.max-staleness (a replica that stops answering is left within that). So a read never shows a version older than one this instance has already
 * invalidated, and a replica that lags or fails only sends the reads back to the primary.
 */
@ApplicationScoped
public class ReadReplica {

    /** The datasource of the replica, as application.properties names it. */
    public static final String DATASOURCE = "read";
    private static final Logger LOG = Logger.getLogger(ReadReplica.class);

    private final boolean enabled;
    private final Duration validity;
    private final RepresentationCache changes;
    private final AgroalDataSource primary;
    private final InjectableInstance<AgroalDataSource> replica;
    private final Clock clock;
    private volatile long trustedGeneration = -1;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean lagging;

    ReadReplica(ContentConfig config, RepresentationCache changes, AgroalDataSource primary,
                @DataSource(DATASOURCE) InjectableInstance<AgroalDataSource> replica, Clock clock) {
        this.enabled = config.db().readReplica().enabled();
        // Quarkus' scheduler runs a job at most once a second; a check holds for three cache staleness bounds (3 s).
        this.validity = config.cache().maxStaleness().multipliedBy(3);
        this.changes = changes;
        this.primary = primary;
        this.replica = replica;
        this.clock = clock;
    }

    /** Whether a read now may go to the replica. */
    public boolean usable() {
        return enabled && changes.listening() && trustedGeneration == changes.generation()
                && clock.instant().isBefore(checkedAt.plus(validity));
    }

    @Scheduled(every = "${content.db.read-replica.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!enabled) {
            return;
        }
        long generation = changes.generation();
        Instant started = clock.instant();
        try {
            long primaryHead = head(primary);
            long replicaHead = head(replica.get());
            boolean caughtUp = replicaHead >= primaryHead;
            if (caughtUp) {
                trustedGeneration = generation;
                checkedAt = started;
            }
            if (caughtUp == lagging) {
                LOG.infof(caughtUp ? "Read replica caught up (change log at %d): public reads go to it"
                        : "Read replica behind (change log at %d of %d): public reads go to the primary", replicaHead, primaryHead);
                lagging = !caughtUp;
            }
        } catch (SQLException | RuntimeException e) {
            if (!lagging) {
                LOG.warnf("Read replica not checked (%s): public reads go to the primary", e.getMessage());
                lagging = true;
            }
        }
    }

    private static long head(AgroalDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select position from change_log_head")) {
            row.next();
            return row.getLong(1);
        }
    }
}
