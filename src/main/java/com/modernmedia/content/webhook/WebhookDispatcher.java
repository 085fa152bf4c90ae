package com.modernmedia.content.webhook;

import com.modernmedia.content.ContentConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Every content.webhooks.dispatch-interval: each enabled endpoint takes its new events from the change log, then
 * content.webhooks.concurrency workers send what is due, each claiming one delivery at a time. An endpoint has
 * at most one attempt in flight (its oldest pending event), so its events go out in log order, and a slow one
 * holds up one worker, never the others. All state is in PostgreSQL: a restarted instance goes on from there.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final WebhookQueue queue;
    private final WebhookSender sender;
    private final int workers;
    private final ExecutorService executor;

    WebhookDispatcher(WebhookQueue queue, WebhookSender sender, ContentConfig config) {
        this.queue = queue;
        this.sender = sender;
        this.workers = config.webhooks().concurrency();
        this.executor = Executors.newFixedThreadPool(workers);
    }

    /** One round: enqueue, then send until nothing is due; returns when every attempt of the round is recorded. */
    @Scheduled(every = "${content.webhooks.dispatch-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void dispatch() {
        for (UUID endpoint : queue.endpointsBehind()) {
            boolean more = true;
            for (int batches = 0; more && batches < 50; batches++) {
                more = queue.enqueue(endpoint);
            }
        }
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(CompletableFuture.runAsync(this::sendWhileDue, executor));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    }

    private void sendWhileDue() {
        try {
            for (Optional<WebhookQueue.Claim> claim = queue.claim(); claim.isPresent(); claim = queue.claim()) {
                WebhookQueue.Claim due = claim.get();
                queue.record(due.deliveryId(), sender.send(due.url(), due.eventId(), due.payload(), due.secrets()));
            }
        } catch (RuntimeException e) {
            // Left leased; it is tried again once the lease ends.
            LOG.warnf("Webhooks: a delivery worker stopped: %s", e.toString());
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
