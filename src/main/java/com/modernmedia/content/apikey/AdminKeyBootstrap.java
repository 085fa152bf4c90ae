package com.modernmedia.content.apikey;

import com.modernmedia.content.ContentConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Stores the admin key given by CONTENT_ADMIN_KEY (hashed) at startup, so a fresh install can create the rest. */
@ApplicationScoped
class AdminKeyBootstrap {

    static final int MIN_LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);

    private final ContentConfig config;
    private final ApiKeyService keys;

    AdminKeyBootstrap(ContentConfig config, ApiKeyService keys) {
        this.config = config;
        this.keys = keys;
    }

    void onStart(@Observes StartupEvent start) {
        config.adminKey().ifPresent(key -> {
            if (key.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("CONTENT_ADMIN_KEY must have at least " + MIN_LENGTH
                        + " characters (128 bits or more of randomness); it was not stored");
            }
            keys.bootstrap(key.strip());
            LOG.info("Bootstrap admin key from CONTENT_ADMIN_KEY is active");
        });
    }
}
