package com.modernmedia.content.shared;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
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

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState())
                    || sql.getMessage() != null && sql.getMessage().startsWith(ACQUISITION_TIMEOUT))) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 is "connection exception" in SQLSTATE. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }
}
