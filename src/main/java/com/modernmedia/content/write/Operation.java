package com.modernmedia.content.write;

import java.util.Locale;

/** What a write asked for, as the audit log and an article's revisions name it. */
public enum Operation {
    CREATE, UPDATE, PUBLISH, UNPUBLISH, DELETE;

    public String verb() {
        return name().toLowerCase(Locale.ROOT);
    }
}
