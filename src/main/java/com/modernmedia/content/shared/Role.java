package com.modernmedia.content.shared;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Set;

/** What an API key may do. Each role can do all that the roles below it can. */
public enum Role {
    PARTNER, EDITOR, ADMIN;

    /** Role names as @RolesAllowed takes them. */
    public static final String PARTNER_ROLE = "partner";
    public static final String EDITOR_ROLE = "editor";
    public static final String ADMIN_ROLE = "admin";

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The security roles a key of this role holds: its own and those it includes. */
    public Set<String> grantedRoles() {
        return switch (this) {
            case PARTNER -> Set.of(PARTNER_ROLE);
            case EDITOR -> Set.of(PARTNER_ROLE, EDITOR_ROLE);
            case ADMIN -> Set.of(PARTNER_ROLE, EDITOR_ROLE, ADMIN_ROLE);
        };
    }

    public static Role of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
