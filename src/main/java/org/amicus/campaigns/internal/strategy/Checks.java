package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.amicus.platform.RejectedInput;

/** Collects every problem of one draft, field by field, so the person sees them all at once. */
public final class Checks {

    private final List<RejectedInput.Problem> problems = new ArrayList<>();

    public void fail(String field, String code, Object... args) {
        problems.add(new RejectedInput.Problem(0, field, code, args));
    }

    public boolean failed(String field) {
        return problems.stream().anyMatch(p -> field.equals(p.field()));
    }

    public String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            fail(field, "strategy.required");
            return null;
        }
        return optional(field, value, maxLength);
    }

    public String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > maxLength) {
            fail(field, "strategy.tooLong", maxLength);
        }
        return value.trim();
    }

    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, "strategy.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            fail(field, "strategy.badDate", value);
            return null;
        }
    }

    public Integer count(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, "strategy.required");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(field, "strategy.badNumber", value);
        return null;
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            fail(field, "strategy.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fail(field, "strategy.unknownChoice", value);
            return null;
        }
    }

    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
    }
}
