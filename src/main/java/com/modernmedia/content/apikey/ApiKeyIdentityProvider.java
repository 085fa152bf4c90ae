package com.modernmedia.content.apikey;

import com.modernmedia.content.shared.Audience;
import com.modernmedia.content.shared.Caller;
import com.modernmedia.content.shared.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/** Turns a bearer key into the identity of its key: its name, and the roles its role grants. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiKeyService keys;

    ApiKeyIdentityProvider(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identityOf(request.getToken().getToken()));
    }

    @ActivateRequestContext
    SecurityIdentity identityOf(String plaintext) {
        ApiKey key = keys.authenticate(plaintext)
                .orElseThrow(() -> new AuthenticationFailedException("unknown, expired or revoked API key"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.name))
                .addRoles(Role.of(key.role).grantedRoles())
                .addAttribute(Caller.KEY_ID, key.id)
                .addAttribute(Audience.REGION, key.region == null ? "" : key.region)
                .build();
    }
}
