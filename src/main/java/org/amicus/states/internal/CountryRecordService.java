package org.amicus.states.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.amicus.states.CountryRecord;
import org.amicus.states.internal.legislation.Legislation;
import org.amicus.states.internal.record.CampaignTarget;
import org.amicus.states.internal.record.PlanTargets;
import org.amicus.states.internal.record.StateStanding;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.record.TreatyEvent;
import org.springframework.stereotype.Service;

@Service
class CountryRecordService implements CountryRecord {

    private final Tracker tracker;
    private final Legislation legislation;
    private final PlanTargets targets;

    CountryRecordService(Tracker tracker, Legislation legislation, PlanTargets targets) {
        this.tracker = tracker;
        this.legislation = legislation;
        this.targets = targets;
    }

    @Override
    public Optional<Country> country(String iso3, LocalDate asOf) {
        var record = tracker.record();
        return record.state(iso3).map(state -> {
            StateStanding s = record.standing(state, asOf, Tracker.NOW);
            List<TreatyEntry> timeline = record.events(state.iso3(), Tracker.NOW).stream()
                .filter(e -> !e.date().isAfter(asOf)).map(CountryRecordService::entry).toList();
            List<LegislationStage> stages = legislation.standing(state.iso3(), asOf, Tracker.NOW).values().stream()
                .map(l -> new LegislationStage(l.component().name(), l.stage().name(), l.entry() == null ? null : l.entry().date(),
                        l.entry() == null ? null : l.entry().lawTitle(), l.entry() == null ? null : l.entry().source()))
                .toList();
            List<YearMonth> months = targets.campaignTargets().stream()
                .filter(t -> t.supersededAt() == null && t.iso3().equals(state.iso3())).map(CampaignTarget::month).sorted().toList();
            var st = s.standing();
            return new Country(state.iso3(), s.status().name(), st.signed(), st.deposited(), st.entryIntoForce(),
                    st.withdrawalEffective(), timeline, stages, months);
        });
    }

    private static TreatyEntry entry(TreatyEvent e) {
        return new TreatyEntry(e.date(), e.type().name(), e.instrumentType() == null ? null : e.instrumentType().name(),
                e.effectiveDate(), e.source(), e.note());
    }

    @Override
    public Optional<String> campaignTarget(YearMonth month) {
        return targets.campaignTargets().stream().filter(t -> t.supersededAt() == null && t.month().equals(month))
            .findFirst().map(CampaignTarget::iso3);
    }
}
