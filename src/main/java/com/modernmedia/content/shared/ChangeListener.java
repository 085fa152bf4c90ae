package com.modernmedia.content.shared;

import com.modernmedia.content.ContentConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps this instance's {@link RepresentationCache} coherent with writes made anywhere: LISTENs on
 * {@value #CHANNEL} over a connection of its own (not from the pool) and drops the tags each committed
 * write names. Every quarter of {@code content.cache.max-staleness} it makes a round trip, which also
 * brings any notification still on its way, and then confirms the cache. The round trip reads the change
 * log's head, the position of the last committed write. If the connection fails or stalls, the cache is
 * not used (but kept for outages) until a new connection listens again; then it is flushed unless the head
 * has not moved, that is, unless some write committed that the listener may not have heard.
 */
@ApplicationScoped
public class ChangeListener {

    static final String CHANNEL = "content_changed";
    /** How the listener's connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "content-api-change-listener";
    private static final Logger LOG = Logger.getLogger(ChangeListener.class);

    private final RepresentationCache cache;
    private final String url;
    private final Properties connectionProperties = new Properties();
    private final int pollMillis;
    private final String readHead;
    /** The change log's head at the last confirmed round trip; -1 before the first. */
    private long heardUpTo = -1;
    private volatile boolean running;
    private volatile Connection connection;
    private volatile int backendPid;
    private Thread thread;

    @Inject
    ChangeListener(RepresentationCache cache, ContentConfig config,
                   @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                   @ConfigProperty(name = "quarkus.datasource.username") String user,
                   @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.url = url;
        this.pollMillis = (int) Math.max(10, config.cache().maxStaleness().toMillis() / 4);
        // Its own connection has no search_path of the pool's: name the schema.
        this.readHead = "select position from \"" + config.db().schema().replace("\"", "\"\"") + "\".change_log_head";
        connectionProperties.setProperty("user", user);
        password.ifPresent(secret -> connectionProperties.setProperty("password", secret));
        connectionProperties.setProperty("ApplicationName", APPLICATION_NAME);
        // A stalled connection must fail within the staleness bound rather than hang.
        connectionProperties.setProperty("connectTimeout", "2");
        connectionProperties.setProperty("socketTimeout", "2");
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this::run, APPLICATION_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        closeQuietly();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        while (running) {
            try {
                listen();
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Change listener lost its connection (%s); representation cache kept for outages only", e.getMessage());
                }
            } finally {
                cache.lost();
                closeQuietly();
            }
            pause(1000);
        }
    }

    private void listen() throws SQLException {
        connection = DriverManager.getConnection(url, connectionProperties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        backendPid = notifications.getBackendPID();
        // Writes that committed before LISTEN took effect were not heard: keep the cache only if there were none.
        long head = readHead();
        cache.resumed(head != heardUpTo);
        LOG.infof("Change listener listening on %s (PostgreSQL backend %d, change log at %d)", CHANNEL, backendPid, head);
        while (running) {
            Instant roundTripStarted = cache.now();
            head = readHead(); // notifications committed before this arrive with its answer
            apply(notifications.getNotifications());
            cache.confirmed(roundTripStarted);
            heardUpTo = head;
            apply(notifications.getNotifications(pollMillis));
        }
    }

    private long readHead() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(readHead)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The PostgreSQL process serving the listener's connection, as pg_stat_activity shows it. */
    int backendPid() {
        return backendPid;
    }

    private void apply(PGNotification[] received) {
        if (received == null) {
            return;
        }
        for (PGNotification notification : received) {
            cache.invalidate(Arrays.asList(notification.getParameter().split(" ")));
        }
    }

    private void closeQuietly() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.debug("Closing the change listener's connection failed", e);
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
