package org.amicus.states.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.amicus.platform.Language;
import org.amicus.states.internal.legislation.Component;
import org.amicus.states.internal.legislation.Legislation;
import org.amicus.states.internal.legislation.StageEntry;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.watch.WatchEntry;

/** The legislation record as the API and the pages show it. */
final class LegislationViews {

    private LegislationViews() {
    }

    /** What one component had reached on a date, with the law once enacted and the source. */
    record StandingView(String component, String stage, LocalDate since, String lawTitle, String lawNumber,
            LocalDate lawDate, String source) {

        static StandingView of(Legislation.Standing s) {
            StageEntry e = s.entry();
            return e == null ? new StandingView(s.component().name(), s.stage().name(), null, null, null, null, null)
                    : new StandingView(s.component().name(), s.stage().name(), e.date(), e.lawTitle(), e.lawNumber(),
                            e.lawDate(), e.source());
        }
    }

    /** One entry of the record, with the entry it corrected. */
    record EntryView(long id, String component, String stage, LocalDate date, String source, String movedBy,
            String obstacles, String reason, String lawTitle, String lawNumber, LocalDate lawDate, Instant recordedAt,
            String recordedBy, Map<String, Object> supersedes) {

        static EntryView of(StageEntry e, List<StageEntry> all) {
            return new EntryView(e.id(), e.component().name(), e.stage().name(), e.date(), e.source(), e.movedBy(),
                    e.obstacles(), e.reason(), e.lawTitle(), e.lawNumber(), e.lawDate(), e.recordedAt(), e.recordedBy(),
                    superseded(all, e.supersedesId()));
        }
    }

    /** A state on the watch list, with where its two components stand. */
    record WatchView(String iso3, String name, LocalDate validFrom, LocalDate validTo, String staffLead,
            String nationalCoalition, String partners, String nextStep, LocalDate nextStepDue, String source,
            String cooperation, String crimes) {

        static WatchView of(WatchEntry w, State state, Language language, Map<Component, Legislation.Standing> standing) {
            return new WatchView(w.iso3(), state.name(language), w.validFrom(), w.validTo(), w.staffLead(),
                    w.nationalCoalition(), w.partners(), w.nextStep(), w.nextStepDue(), w.source(),
                    standing.get(Component.COOPERATION).stage().name(), standing.get(Component.CRIMES).stage().name());
        }
    }

    static List<StandingView> standing(Map<Component, Legislation.Standing> standing) {
        return standing.values().stream().map(StandingView::of).toList();
    }

    private static Map<String, Object> superseded(List<StageEntry> all, Long id) {
        return id == null ? null : all.stream().filter(e -> e.id() == id).findFirst()
            .map(e -> StatesApi.supersededFacts(e.facts(), e.id(), e.recordedAt(), e.recordedBy())).orElse(null);
    }
}
