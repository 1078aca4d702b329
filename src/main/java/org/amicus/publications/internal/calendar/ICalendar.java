package org.amicus.publications.internal.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) feed: CRLF line ends, lines folded at 75 octets without splitting
 * a UTF-8 character, text escaped (backslash, semicolon, comma, line breaks), all-day events with
 * an exclusive end date, yearly entries as an RRULE.
 */
public final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    public static String feed(String name, String host, List<CalendarEntry> entries, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Amicus//Publications calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (CalendarEntry e : entries) {
            LocalDate end = (e.endsOn() == null ? e.startsOn() : e.endsOn()).plusDays(1);
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid() + "@" + host);
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.startsOn()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(end));
            if (e.yearly()) {
                line(out, "RRULE:FREQ=YEARLY");
            }
            line(out, "SUMMARY:" + text(e.title()));
            line(out, "CATEGORIES:" + text(e.kind()));
            if (e.source() != null) {
                line(out, "DESCRIPTION:" + text(e.source()));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets: each continuation starts with one space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
