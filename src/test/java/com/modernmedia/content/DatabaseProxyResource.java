package com.modernmedia.content;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * Puts a {@link DatabaseProxy} between the service and PostgreSQL for the test profiles that take the
 * database away: the pool and the change listener connect through it.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private static volatile DatabaseProxy proxy;

    /** The proxy of the running test profile. */
    public static DatabaseProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        // The same server the other tests use (DB_URL, as application.properties reads it).
        URI database = URI.create(System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://localhost:5432/postgres").substring(5));
        try {
            proxy = new DatabaseProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath() + (database.getQuery() == null ? "" : "?" + database.getQuery()));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
