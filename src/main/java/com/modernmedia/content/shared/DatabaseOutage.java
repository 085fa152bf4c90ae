package com.modernmedia.content.shared;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure to reach PostgreSQL (down, unreachable, a connection cut, or no pooled connection free in
 * time) from a bug: the first is a 503 the client may retry, the second a 500.
 */
final class DatabaseOutage {

    /** PostgreSQL's shutting down, crashed, starting up, too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /** How the pool says that no connection could be had within quarkus.datasource.jdbc.acquisition-timeout. */
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

    private DatabaseOutage() {
    }

    /** Looks through causes and suppressed exceptions: a failed commit carries the driver's error as suppressed. */
    static boolean causes(Throwable failure) {
        return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causes(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException
                || failure instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                || sql.getMessage() != null && sql.getMessage().startsWith(ACQUISITION_TIMEOUT))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        return causes(failure.getCause(), seen);
    }

    /** Class 08 is "connection exception" in SQLSTATE. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }
}
