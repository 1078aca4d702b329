package org.amicus.publications.internal.calendar;

import java.util.ArrayList;
import java.util.List;

import org.amicus.court.CourtDates;
import org.amicus.platform.Language;
import org.amicus.states.StatesDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calendar entries read, never copied, from the other modules' records: each month's Universal
 * Ratification Campaign target (states; the staff member who chose it owns it and is reminded) and
 * the opening and closing of nominations for the Court's elections (court).
 */
@Component
class RecordDates {

    private final StatesDirectory states;
    private final CourtDates court;
    private final int targetRemindDays;

    RecordDates(StatesDirectory states, CourtDates court, @Value("${amicus.publications.target-remind-days:7}") int targetRemindDays) {
        this.states = states;
        this.court = court;
        this.targetRemindDays = targetRemindDays;
    }

    List<CalendarEntry> entries() {
        List<CalendarEntry> entries = new ArrayList<>();
        for (StatesDirectory.MonthlyTarget t : states.campaignTargets()) {
            String state = states.state(t.iso3()).map(f -> f.name(Language.EN)).orElse(t.iso3());
            entries.add(new CalendarEntry(0, "CAMPAIGN_TARGET", "Universal Ratification Campaign: " + state, t.month().atDay(1),
                    t.month().atEndOfMonth(), false, "PUBLIC", t.chosenBy(), null, targetRemindDays,
                    "Universal Ratification Campaign target for " + t.month() + (t.note() == null ? "" : ": " + t.note())
                            + " (treaty record, chosen by " + t.chosenBy() + ")",
                    "campaign-target-" + t.month()));
        }
        for (CourtDates.ElectionPeriod p : court.electionPeriods()) {
            String at = p.session() == null ? "" : " (" + p.session() + ")";
            if (p.nominationsOpen() != null) {
                entries.add(new CalendarEntry(0, "ELECTION", "Nominations open: " + p.title() + at, p.nominationsOpen(), null, false, "PUBLIC",
                        null, null, null, p.source(), "court-election-" + p.electionId() + "-open"));
            }
            if (p.nominationsClose() != null) {
                entries.add(new CalendarEntry(0, "ELECTION", "Nominations close: " + p.title() + at, p.nominationsClose(), null, false, "PUBLIC",
                        null, null, null, p.source(), "court-election-" + p.electionId() + "-close"));
            }
        }
        return entries;
    }
}
