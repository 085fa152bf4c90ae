package com.modernmedia.content.apikey;

import com.modernmedia.content.audit.AuditLog;
import com.modernmedia.content.shared.CursorCodec;
import com.modernmedia.content.shared.Page;
import com.modernmedia.content.shared.PageRequest;
import com.modernmedia.content.shared.ProblemException;
import com.modernmedia.content.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates, checks and revokes API keys. A key is 256 random bits; only its
 * SHA-256 is stored (a fast hash is enough for a random secret of that size).
 */
@ApplicationScoped
public class ApiKeyService {

    static final String KEY_PREFIX = "cak_";
    static final String BOOTSTRAP_NAME = "bootstrap-admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ApiKeyView create(NewApiKey request) {
        if (keys.activeKeyNamed(request.name().strip(), clock.instant())) {
            throw ProblemException.nameTaken(
                    "An active key is already named '" + request.name().strip() + "'; revoke it or choose another name.");
        }
        String plaintext = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        ApiKey key = store(request.name().strip(), request.role(), plaintext, request.expiresAt());
        key.region = request.region();
        audit.record("create", "api-key", key.id, Map.of("name", key.name, "role", key.role));
        return ApiKeyView.from(key, plaintext);
    }

    Page<ApiKeyView> list(PageRequest page) {
        List<ApiKey> found = keys.listNewestFirst(page.after(ApiKeyRepository.CURSOR_KIND), page.limit() + 1);
        return Page.of(found, page.limit(), k -> CursorCodec.encode(ApiKeyRepository.CURSOR_KIND, k.createdAt, k.id),
                k -> ApiKeyView.from(k, null), page.withTotal() ? keys.count() : null);
    }

    ApiKeyView get(UUID id) {
        return ApiKeyView.from(find(id), null);
    }

    /** Revokes at once: the next request with the key is refused. Revoking twice changes nothing. */
    @Transactional
    void revoke(UUID id) {
        ApiKey key = find(id);
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
            audit.record("revoke", "api-key", key.id, Map.of("name", key.name));
        }
    }

    /** The active key with this secret, if any; records that it was used. */
    @Transactional
    Optional<ApiKey> authenticate(String plaintext) {
        Instant now = clock.instant();
        Optional<ApiKey> key = keys.findByHash(hash(plaintext)).filter(k -> k.isActive(now));
        key.ifPresent(k -> keys.touch(k.id, now));
        return key;
    }

    /** Makes the key given by the environment the bootstrap admin key, revoking one it replaces. */
    @Transactional
    void bootstrap(String plaintext) {
        String keyHash = hash(plaintext);
        keys.find("name = ?1 and revokedAt is null and keyHash <> ?2", BOOTSTRAP_NAME, keyHash).list()
                .forEach(replaced -> replaced.revokedAt = clock.instant());
        Optional<ApiKey> same = keys.findByHash(keyHash);
        if (same.isPresent()) {
            same.get().name = BOOTSTRAP_NAME;
            same.get().role = Role.ADMIN.value();
            same.get().revokedAt = null;
            same.get().expiresAt = null;
        } else {
            store(BOOTSTRAP_NAME, Role.ADMIN, plaintext, null);
        }
    }

    private ApiKey store(String name, Role role, String plaintext, Instant expiresAt) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = name;
        key.role = role.value();
        key.keyHash = hash(plaintext);
        key.keyPrefix = plaintext.substring(0, Math.min(8, plaintext.length()));
        key.createdAt = clock.instant();
        key.expiresAt = expiresAt;
        keys.persist(key);
        return key;
    }

    private ApiKey find(UUID id) {
        return keys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No API key has the id '" + id + "'."));
    }

    static String hash(String plaintext) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
