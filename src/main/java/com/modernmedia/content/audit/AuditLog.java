package com.modernmedia.content.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records every write, in the transaction of the write, so the log and the data never disagree. */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository entries;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final Clock clock;

    AuditLog(AuditRepository entries, SecurityIdentity identity, ObjectMapper mapper, Clock clock) {
        this.entries = entries;
        this.clock = clock;
        this.identity = identity;
        this.mapper = mapper;
    }

    /** A write by the key of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetKind, UUID targetId, Map<String, ?> detail) {
        record(Caller.of(identity), action, targetKind, targetId, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String targetKind, UUID targetId, Map<String, ?> detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.keyId = caller.keyId();
        entry.keyName = caller.name();
        entry.action = action;
        entry.targetKind = targetKind;
        entry.targetId = targetId;
        try {
            entry.detail = detail.isEmpty() ? null : mapper.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail must serialize", e);
        }
        entries.persist(entry);
    }

    Page<AuditEntryView> list(UUID targetId, PageRequest page) {
        List<AuditEntry> found = entries.listNewestFirst(targetId, page.after(AuditRepository.CURSOR_KIND), page.limit() + 1);
        return Page.of(found, page.limit(), e -> CursorCodec.encode(AuditRepository.CURSOR_KIND, e.id),
                this::view, page.withTotal() ? entries.count() : null);
    }

    private AuditEntryView view(AuditEntry entry) {
        try {
            return new AuditEntryView(entry.id, entry.at.truncatedTo(ChronoUnit.SECONDS), entry.keyName,
                    entry.action, entry.targetKind, entry.targetId, entry.detail == null ? null : mapper.readTree(entry.detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + entry.id + " has a detail that is not JSON", e);
        }
    }
}
