package org.amicus.campaigns.internal.strategy;

/** What staff type in the forms or send to the API, as text, checked field by field by {@link Checks}. */
public final class Drafts {

    private Drafts() {
    }

    /** A strategy; {@code areas} one per line. */
    public record StrategyDraft(String title, String periodStart, String periodEnd, String aimsUntil, String areas,
            String source) {
    }

    /** A goal; {@code targetMax} only for a range. */
    public record GoalDraft(String area, String metric, String windowStart, String targetKind, String targetMin,
            String targetMax, String deadline, String wording, String source) {

        public static GoalDraft of(Goal g) {
            return new GoalDraft(g.area(), g.metric(), g.windowStart() == null ? null : g.windowStart().toString(),
                    g.target().kind().name(), String.valueOf(g.target().min()),
                    g.target().max() == null ? null : String.valueOf(g.target().max()), g.deadline().toString(),
                    g.wording(), g.source());
        }
    }
}
