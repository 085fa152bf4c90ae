package com.modernmedia.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/** Lets tests of other features run the scheduled-publication check, as the scheduler does every second. */
@ApplicationScoped
public class DuePublications {

    private final ScheduledPublication scheduledPublication;

    DuePublications(ScheduledPublication scheduledPublication) {
        this.scheduledPublication = scheduledPublication;
    }

    /** In a request context of its own, as the scheduler runs it, so that any thread may call it. */
    @ActivateRequestContext
    public void publish() {
        scheduledPublication.publishDueArticles();
    }
}
