package org.amicus.publications.internal.calendar;

import java.util.ArrayList;
import java.util.List;

import java.util.Locale;

import org.amicus.court.CourtDates;
import org.amicus.platform.Language;
import org.amicus.states.StatesDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Calendar entries read, never copied, from the other modules' records: each month's Universal
 * Ratification Campaign target (states; the staff member who chose it owns it and is reminded) and
 * the opening and closing of nominations for the Court's elections (court). Their titles are in the
 * language of the request (a feed, a page, the API).
 */
@Component
class RecordDates {

    private final StatesDirectory states;
    private final CourtDates court;
    private final MessageSource messages;
    private final int targetRemindDays;

    RecordDates(StatesDirectory states, CourtDates court, MessageSource messages,
            @Value("${amicus.publications.target-remind-days:7}") int targetRemindDays) {
        this.states = states;
        this.court = court;
        this.messages = messages;
        this.targetRemindDays = targetRemindDays;
    }

    List<CalendarEntry> entries() {
        List<CalendarEntry> entries = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        Language language = Language.of(locale);
        for (StatesDirectory.MonthlyTarget t : states.campaignTargets()) {
            String state = states.state(t.iso3()).map(f -> f.name(language)).orElse(t.iso3());
            entries.add(new CalendarEntry(0, "CAMPAIGN_TARGET", title("target", state, locale), t.month().atDay(1),
                    t.month().atEndOfMonth(), false, "PUBLIC", t.chosenBy(), null, targetRemindDays,
                    "Universal Ratification Campaign target for " + t.month() + (t.note() == null ? "" : ": " + t.note())
                            + " (treaty record, chosen by " + t.chosenBy() + ")",
                    "campaign-target-" + t.month()));
        }
        for (CourtDates.ElectionPeriod p : court.electionPeriods()) {
            String at = p.session() == null ? "" : " (" + p.session() + ")";
            if (p.nominationsOpen() != null) {
                entries.add(new CalendarEntry(0, "ELECTION", title("nominationsOpen", p.title() + at, locale), p.nominationsOpen(), null, false, "PUBLIC",
                        null, null, null, p.source(), "court-election-" + p.electionId() + "-open"));
            }
            if (p.nominationsClose() != null) {
                entries.add(new CalendarEntry(0, "ELECTION", title("nominationsClose", p.title() + at, locale), p.nominationsClose(), null, false, "PUBLIC",
                        null, null, null, p.source(), "court-election-" + p.electionId() + "-close"));
            }
        }
        return entries;
    }

    private String title(String key, String subject, Locale locale) {
        return messages.getMessage("publications.calendar.record." + key, new Object[] { subject }, locale);
    }
}
