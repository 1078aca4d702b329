package org.amicus.portal.internal.blog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.amicus.platform.RejectedInput;

/** A publication time as an editor types it in a datetime-local field, read as UTC; empty means now. */
public final class UtcTime {

    private UtcTime() {
    }

    public static Instant parse(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new RejectedInput(field, "insitu.time.format");
        }
    }
}
