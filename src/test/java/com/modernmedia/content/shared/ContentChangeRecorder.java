package com.modernmedia.content.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the ContentChanged events published after commits, for tests to look at. */
@ApplicationScoped
public class ContentChangeRecorder {

    private final List<ContentChanged> changes = new CopyOnWriteArrayList<>();

    /** A method, not the field: a test holds a client proxy, whose own fields are not the bean's. */
    public List<ContentChanged> changes() {
        return changes;
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        changes.add(change);
    }
}
