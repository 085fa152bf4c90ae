package com.modernmedia.content.write;

import com.modernmedia.content.shared.ContentKind;

import java.util.UUID;

/** A resource readers see only through another one (an article's quotes and people), at its current revision. */
public record Dependent(ContentKind kind, UUID id, int revision) {
}
