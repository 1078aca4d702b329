package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan of the coalition: its period, the longer aims it names beyond that period (until
 * {@code aimsUntil}, if any), its strategic areas in the plan's own words, and its goals.
 */
public record Strategy(long id, String title, LocalDate periodStart, LocalDate periodEnd, LocalDate aimsUntil,
        List<String> areas, String source, List<Goal> goals) {

    /** The last date a goal of this plan may fall due. */
    public LocalDate horizon() {
        return aimsUntil != null && aimsUntil.isAfter(periodEnd) ? aimsUntil : periodEnd;
    }

    public Strategy withGoals(List<Goal> goals) {
        return new Strategy(id, title, periodStart, periodEnd, aimsUntil, areas, source, goals);
    }
}
