package org.amicus.platform.internal.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and numbers formatted for the reader's language, for templates: {@code ${@fmt.date(d)}}. */
@Component("fmt")
public class Formats {

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(LocaleContextHolder.getLocale()).withZone(ZoneId.of("UTC")).format(instant) + " UTC";
    }

    /** A moment for a {@code datetime} attribute: HTML allows at most three digits of a second, so whole seconds. */
    public String machine(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public String number(Number n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }
}
