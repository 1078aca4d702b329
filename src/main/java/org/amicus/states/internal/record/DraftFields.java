package org.amicus.states.internal.record;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.amicus.platform.RejectedInput.Problem;

/** Reading the fields of typed input (a form, the API, a CSV line), collecting a problem per bad field. */
public final class DraftFields {

    private DraftFields() {
    }

    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The trimmed text, null when blank; a problem when longer than {@code max}. */
    public static String text(String raw, int max, int line, String field, List<Problem> problems) {
        String value = trim(raw);
        if (value != null && value.length() > max) {
            problems.add(new Problem(line, field, "event.tooLong", max));
        }
        return value;
    }

    /** An ISO date; a problem when malformed, or when missing and required. */
    public static LocalDate date(String raw, int line, String field, List<Problem> problems, boolean required) {
        String value = trim(raw);
        if (value == null) {
            if (required) {
                problems.add(new Problem(line, field, "event.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(line, field, "event.badDate", value));
            return null;
        }
    }

    /** A value of the enum, case-insensitive; a problem with {@code code} when unknown, or when missing. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, int line, String field, String code,
            List<Problem> problems) {
        String value = trim(raw);
        if (value == null) {
            problems.add(new Problem(line, field, "event.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(line, field, code, value));
            return null;
        }
    }
}
