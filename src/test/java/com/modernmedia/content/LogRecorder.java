package com.modernmedia.content;

import org.jboss.logmanager.ExtLogRecord;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Records what the service logs while a test runs, as a log handler sees it: start() in a @BeforeEach, stop() in an
 * @AfterEach.
 */
public class LogRecorder extends Handler {

    /** A record as a log line would show it (message, parameters, stack trace) and its log context. */
    public record Logged(String logger, String text, Map<String, String> mdc) {
    }

    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<Logged> logged = new CopyOnWriteArrayList<>();

    public void start() {
        logged.clear();
        Logger.getLogger("").addHandler(this);
    }

    public void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    /** Everything recorded so far. */
    public List<Logged> all() {
        return List.copyOf(logged);
    }

    /** What this class's logger recorded. */
    public List<Logged> of(Class<?> logging) {
        return logged.stream().filter(l -> l.logger().equals(logging.getName())).toList();
    }

    @Override
    public void publish(LogRecord record) {
        StringWriter text = new StringWriter().append(formatter.formatMessage(record));
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(text));
        }
        // The log context is the one of the thread that logs, read here as a log handler reads it.
        Map<String, String> mdc = record instanceof ExtLogRecord ext ? ext.getMdcCopy() : Map.of();
        logged.add(new Logged(record.getLoggerName(), text.toString(), mdc));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
