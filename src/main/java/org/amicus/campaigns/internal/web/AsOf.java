package org.amicus.campaigns.internal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.amicus.platform.RejectedInput;

/** The date a strategy is read on: an ISO date, today (UTC) when absent. */
public final class AsOf {

    private AsOf() {
    }

    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RejectedInput("asOf", "param.badDate", value);
        }
    }
}
