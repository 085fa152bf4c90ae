package com.modernmedia.content.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The decoded position of a keyset page: the sort key values of the last item served. */
public record Cursor(List<String> values) {

    public Instant instant(int index) {
        try {
            Instant instant = Instant.parse(value(index));
            if (!TimeRange.contains(instant)) {
                throw CursorCodec.invalid();
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw CursorCodec.invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(value(index));
        } catch (IllegalArgumentException e) {
            throw CursorCodec.invalid();
        }
    }

    public int integer(int index) {
        try {
            return Integer.parseInt(value(index));
        } catch (NumberFormatException e) {
            throw CursorCodec.invalid();
        }
    }

    public long number(int index) {
        try {
            return Long.parseLong(value(index));
        } catch (NumberFormatException e) {
            throw CursorCodec.invalid();
        }
    }

    /** A finite number, such as a ranked list's last score. */
    public double decimal(int index) {
        try {
            double value = Double.parseDouble(value(index));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like a number that is not finite
        }
        throw CursorCodec.invalid();
    }

    public String string(int index) {
        return value(index);
    }

    /** A cursor of the right kind but with too few values was not made by this service. */
    private String value(int index) {
        if (index >= values.size()) {
            throw CursorCodec.invalid();
        }
        return values.get(index);
    }
}
