package org.amicus.cooperation.internal.record;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.amicus.platform.RejectedInput;

/**
 * Collects every problem of one draft, field by field (with its line in an import), so the person
 * sees them all at once; nothing is written while any remains.
 */
final class Checks {

    private final int line;
    private final List<RejectedInput.Problem> problems = new ArrayList<>();

    Checks(int line) {
        this.line = line;
    }

    void fail(String field, String code, Object... args) {
        problems.add(new RejectedInput.Problem(line, field, code, args));
    }

    String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            fail(field, "cooperation.required");
            return null;
        }
        if (value.trim().length() > maxLength) {
            fail(field, "cooperation.tooLong", maxLength);
        }
        return value.trim();
    }

    String optional(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : required(field, value, maxLength);
    }

    /** A date not after today; null (with a problem) when missing or malformed. */
    LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, "cooperation.required");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
                fail(field, "cooperation.inFuture", value.trim());
            }
            return date;
        } catch (DateTimeParseException e) {
            fail(field, "param.badDate", value.trim());
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            fail(field, "cooperation.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fail(field, "param.unknownValue", value.trim());
            return null;
        }
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<RejectedInput.Problem> problems() {
        return problems;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
    }
}
