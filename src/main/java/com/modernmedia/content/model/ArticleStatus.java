package com.modernmedia.content.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Locale;
import java.util.Set;

/** Where an article is in its life; only published and due scheduled articles are public. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED;

    /** Statuses whose articles are public once their publication time has come. */
    public static final Set<ArticleStatus> PUBLIC = Set.of(SCHEDULED, PUBLISHED);

    /** The lower-case name, as stored and as clients read it. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    public static class LowerCase implements AttributeConverter<ArticleStatus, String> {
        @Override
        public String convertToDatabaseColumn(ArticleStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public ArticleStatus convertToEntityAttribute(String value) {
            return value == null ? null : ArticleStatus.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
