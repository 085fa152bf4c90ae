package com.modernmedia.content;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A streaming hot standby of the tests' PostgreSQL, started by scripts/read-replica.sh (and left running for the
 * next run), as the read replica of the test profiles that use one.
 */
public class ReadReplicaResource implements QuarkusTestResourceLifecycleManager {

    /** Where the standby listens (READ_REPLICA_PORT, as the script reads it). */
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("READ_REPLICA_PORT", "5433"));

    @Override
    public Map<String, String> start() {
        try {
            Process script = new ProcessBuilder(Path.of("scripts", "read-replica.sh").toAbsolutePath().toString())
                    .inheritIO().start();
            if (script.waitFor() != 0) {
                throw new IllegalStateException("scripts/read-replica.sh could not start a standby on port " + PORT);
            }
        } catch (IOException e) {
            throw new IllegalStateException("scripts/read-replica.sh did not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of("content.db.read-replica.enabled", "true",
                "quarkus.datasource.read.jdbc.url", "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres");
    }

    @Override
    public void stop() {
        // Kept for the next run: a copy of the server takes longer than the tests that use it.
    }
}
