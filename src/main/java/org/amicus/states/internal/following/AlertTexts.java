package org.amicus.states.internal.following;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.amicus.platform.Language;
import org.amicus.states.internal.record.Tracker;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An alert, or a feed entry, as one sentence in the reader's language. */
@Component
public class AlertTexts {

    private final MessageSource messages;
    private final Tracker tracker;

    AlertTexts(MessageSource messages, Tracker tracker) {
        this.messages = messages;
        this.tracker = tracker;
    }

    public String text(Alert a, Locale locale) {
        return text(a.iso3(), a.kind(), a.subject(), a.component(), a.date(), a.action(), locale);
    }

    /** "France: Deposit on 9 Jun 2000 (corrected)", "Brazil: Draft before parliament, cooperation, on ..." */
    public String text(String iso3, String kind, String subject, String component, LocalDate date, String action,
            Locale locale) {
        String state = tracker.record().state(iso3).map(s -> s.name(Language.of(locale))).orElse(iso3);
        String what = switch (kind) {
            case Alert.TREATY -> message("eventType." + subject, locale);
            case Alert.COOPERATION -> message("alerts.cooperation." + subject, locale);
            default -> message("stage." + subject, locale) + ", " + message("component." + component, locale);
        };
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        return messages.getMessage("alerts.text", new Object[] { state, what, day, message("alerts.action." + action, locale) },
                locale);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
