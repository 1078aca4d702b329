package org.amicus.campaigns.internal.strategy;

import java.time.LocalDate;

/**
 * One goal of a strategy: the metric it is measured by, the window start for metrics counted in a
 * window, the target and its deadline, the plan's own words and where they are written.
 */
public record Goal(long id, long strategyId, int position, String area, String metric, LocalDate windowStart,
        Target target, LocalDate deadline, String wording, String source) {
}
