package com.modernmedia.content.demo;

import com.modernmedia.content.ContentConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the demo magazine (demo/demo-content.sql) at startup when
 * content.demo-data is on: always in dev, in production only when asked. The
 * script has fixed ids and skips rows it finds, so every restart may run it.
 */
@ApplicationScoped
public class DemoContentLoader {

    static final String SCRIPT = "demo/demo-content.sql";
    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);

    private final AgroalDataSource dataSource;
    private final ContentConfig config;

    public DemoContentLoader(AgroalDataSource dataSource, ContentConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.demoData()) {
            load();
            LOG.info("Demo content loaded");
        }
    }

    /** Runs the whole script in one transaction: the demo content is there entirely or not at all. */
    public void load() {
        String script = readScript();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(script);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo content", e);
        }
    }

    private static String readScript() {
        try (InputStream in = DemoContentLoader.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
