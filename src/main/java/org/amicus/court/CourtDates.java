package org.amicus.court;

import java.time.LocalDate;
import java.util.List;

/** The dated steps of the Court's elections that other modules (the calendar) show: each election's nomination period. */
public interface CourtDates {

    /**
     * One election's nomination period as the record holds it; either end may be unknown (null).
     *
     * @param session the Assembly session that holds the election, when recorded
     */
    record ElectionPeriod(long electionId, String title, String session, LocalDate nominationsOpen, LocalDate nominationsClose,
            String source) {
    }

    /** The elections with at least one nomination date, soonest first. */
    List<ElectionPeriod> electionPeriods();
}
