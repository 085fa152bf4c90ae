package com.modernmedia.content.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.modernmedia.content.ContentConfig;
import com.modernmedia.content.shared.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Sync tokens as partners hold them: the {@link SyncToken} as JSON, then an HMAC-SHA256 of it under
 * content.sync.token-key, both base64url. A token is opaque to the partner and cannot be forged or altered:
 * one whose signature does not match is refused.
 */
@ApplicationScoped
class SyncTokens {

    private static final Logger LOG = Logger.getLogger(SyncTokens.class);
    private static final String ALGORITHM = "HmacSHA256";
    static final int MIN_KEY_LENGTH = 32;
    /** Far longer than any token this service issues (about 350 characters with every kind). */
    static final int MAX_LENGTH = 1024;

    private final SecretKeySpec key;
    private final ObjectMapper mapper;

    SyncTokens(ContentConfig config, ObjectMapper mapper) {
        this.mapper = mapper;
        this.key = new SecretKeySpec(config.sync().tokenKey().map(SyncTokens::checked).orElseGet(SyncTokens::randomKey), ALGORITHM);
    }

    String write(SyncToken token) {
        try {
            byte[] payload = mapper.writeValueAsBytes(token);
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            return base64.encodeToString(payload) + "." + base64.encodeToString(sign(payload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token, if this service issued it to this caller; else a 400 that tells the partner what to do. */
    SyncToken read(String text, UUID caller) {
        SyncToken token = verified(text);
        if (!Objects.equals(token.caller(), caller)) {
            throw ProblemException.invalidParameter("token", "was issued to another API key (or to a request without one); "
                    + "go on with the key that started the sync, or start a full sync without a token");
        }
        return token;
    }

    private SyncToken verified(String text) {
        int dot = text.indexOf('.');
        if (text.length() <= MAX_LENGTH && dot > 0) {
            try {
                byte[] payload = Base64.getUrlDecoder().decode(text.substring(0, dot));
                byte[] signature = Base64.getUrlDecoder().decode(text.substring(dot + 1));
                if (MessageDigest.isEqual(signature, sign(payload))) {
                    return mapper.readValue(payload, SyncToken.class);
                }
            } catch (IllegalArgumentException | IOException notAToken) {
                // answered below, like a token with a wrong signature
            }
        }
        throw ProblemException.invalidParameter("token", "is not a sync token this service issued; "
                + "pass the next or syncToken of a sync page as it came, or start a full sync without a token");
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static byte[] checked(String configured) {
        if (configured.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("content.sync.token-key (CONTENT_SYNC_TOKEN_KEY) must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        return configured.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomKey() {
        LOG.warn("content.sync.token-key (CONTENT_SYNC_TOKEN_KEY) is not set: sync tokens are signed with a random key "
                + "and fail on other instances and after a restart. Set it in production.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
