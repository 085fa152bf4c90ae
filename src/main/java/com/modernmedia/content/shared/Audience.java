package com.modernmedia.content.shared;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Whom a read is for: the public (and editors' and admins' keys, in what they read as the public does), or a
 * partner, whose syndication rights narrow what it sees of articles.
 *
 * @param partner the partner's key name, null for the public
 * @param region  the partner's region (ISO 3166-1 alpha-2), null when it has none
 */
public record Audience(String partner, String region) {

    /** Security identity attribute that carries a key's region ("" when it has none). */
    public static final String REGION = "content.key-region";
    public static final Audience PUBLIC = new Audience(null, null);

    /** The audience of the request's key: a key whose role is partner (and no more) reads as that partner. */
    public static Audience of(SecurityIdentity identity) {
        if (identity.isAnonymous() || identity.hasRole(Role.EDITOR_ROLE) || !identity.hasRole(Role.PARTNER_ROLE)) {
            return PUBLIC;
        }
        String region = identity.getAttribute(REGION);
        return new Audience(identity.getPrincipal().getName(), region == null || region.isEmpty() ? null : region);
    }

    public boolean isPartner() {
        return partner != null;
    }
}
