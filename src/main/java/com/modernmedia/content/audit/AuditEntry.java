package com.modernmedia.content.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One write: who (by key), what, to which resource, when. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    Instant at;

    @Column(name = "key_id")
    UUID keyId;

    @Column(name = "key_name")
    String keyName;

    String action;

    @Column(name = "target_kind")
    String targetKind;

    @Column(name = "target_id")
    UUID targetId;

    @JdbcTypeCode(SqlTypes.JSON)
    String detail;
}
