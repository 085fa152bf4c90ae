package com.modernmedia.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Locale;

/** How a person other than its authors stands in an article. */
public enum PersonRole {
    QUOTED, MENTIONED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    public static class LowerCase implements AttributeConverter<PersonRole, String> {
        @Override
        public String convertToDatabaseColumn(PersonRole role) {
            return role == null ? null : role.value();
        }

        @Override
        public PersonRole convertToEntityAttribute(String value) {
            return value == null ? null : PersonRole.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
