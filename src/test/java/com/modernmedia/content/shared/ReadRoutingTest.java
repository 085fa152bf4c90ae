package com.modernmedia.content.shared;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests may read from the replica: public reads only, never sync, admin reads, writes or keyed reads. */
class ReadRoutingTest {

    @Test
    void shouldSendOnlyPublicReadsWithoutAKeyToTheReplica() {
        assertTrue(ReadRouting.isPublicRead(HttpMethod.GET, "/api/v1/articles/lighthouse-keepers", false));
        assertTrue(ReadRouting.isPublicRead(HttpMethod.HEAD, "/api/v1/search", false));
        assertFalse(ReadRouting.isPublicRead(HttpMethod.GET, "/api/v1/articles/lighthouse-keepers", true), "a key reads the primary");
        assertFalse(ReadRouting.isPublicRead(HttpMethod.PATCH, "/api/v1/articles/lighthouse-keepers", false));
        assertFalse(ReadRouting.isPublicRead(HttpMethod.POST, "/api/v1/topics", false));
        assertFalse(ReadRouting.isPublicRead(HttpMethod.GET, "/api/v1/sync", false), "sync pages by the primary's log");
        assertFalse(ReadRouting.isPublicRead(HttpMethod.GET, "/api/v1/admin/changes", false));
        assertFalse(ReadRouting.isPublicRead(HttpMethod.GET, "/q/health/ready", false));
    }
}
