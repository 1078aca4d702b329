package org.amicus.cooperation.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.amicus.cooperation.Situation;
import org.amicus.cooperation.internal.record.CouncilAction;
import org.amicus.cooperation.internal.record.Finding;
import org.amicus.cooperation.internal.record.SituationDeficit;
import org.amicus.cooperation.internal.record.StateDeficit;
import org.amicus.cooperation.internal.record.StatusChange;
import org.amicus.cooperation.internal.record.Travel;
import org.amicus.cooperation.internal.record.WarrantView;
import org.amicus.platform.Language;

/** What the API answers: the record's facts with names in the reader's language. */
final class Views {

    private Views() {
    }

    record SituationRef(String code, String iccNumber, String name) {

        static SituationRef of(Situation s, Language l) {
            return new SituationRef(s.code(), s.iccNumber(), s.name(l));
        }
    }

    record SituationJson(String code, String iccNumber, String name, String iso3, String trigger, LocalDate opened,
            String source, int warrants, int outstanding, int findings, int reportedVisits) {

        static SituationJson of(SituationDeficit d, Language l) {
            Situation s = d.situation();
            return new SituationJson(s.code(), s.iccNumber(), s.name(l), s.iso3(), s.trigger().name(), s.opened(),
                    s.source(), d.warrants(), d.outstanding().size(), d.findings().size(), d.travels().size());
        }
    }

    record StatusJson(String status, LocalDate date, String source, String note) {

        static StatusJson of(StatusChange s) {
            return new StatusJson(s.status().name(), s.date(), s.source(), s.note());
        }
    }

    record TravelJson(long id, long warrantId, String iso3, LocalDate arrived, LocalDate departed, String source,
            String note) {

        static TravelJson of(Travel t) {
            return new TravelJson(t.id(), t.warrantId(), t.iso3(), t.arrived(), t.departed(), t.source(), t.note());
        }
    }

    record WarrantJson(long id, String suspect, String kind, LocalDate issued, List<String> crimes, String charges,
            SituationRef situation, String caseNumber, String caseName, String status, LocalDate statusSince,
            String source, List<StatusJson> history, List<TravelJson> travel) {

        static WarrantJson of(WarrantView v, Language l) {
            var w = v.warrant();
            return new WarrantJson(w.id(), w.suspect(), w.kind().name(), w.issued(),
                    w.crimes().stream().map(Enum::name).toList(), w.charges(), SituationRef.of(v.situation(), l),
                    w.caseNumber(), v.courtCase() == null ? null : v.courtCase().name(), v.status().name(), v.statusSince(),
                    w.source(), v.history().stream().map(StatusJson::of).toList(),
                    v.travels().stream().map(TravelJson::of).toList());
        }
    }

    /** A warrant with the states obliged to cooperate in its situation on the date asked. */
    record WarrantDetail(WarrantJson warrant, LocalDate asOf, int obligedStates, Set<String> obligedIso3) {
    }

    record FindingJson(long id, String caseNumber, String iso3, LocalDate decided, boolean referredToAsp,
            boolean referredToSecurityCouncil, String document, String source, String note) {

        static FindingJson of(Finding f) {
            return new FindingJson(f.id(), f.caseNumber(), f.iso3(), f.decided(), f.referredToAsp(), f.referredToCouncil(),
                    f.document(), f.source(), f.note());
        }
    }

    record CouncilJson(long id, String type, String resolution, LocalDate adopted, String situation, String obligedIso3,
            String source, String note) {

        static CouncilJson of(CouncilAction a) {
            return new CouncilJson(a.id(), a.type().name(), a.resolution(), a.adopted(), a.situationCode(), a.obligedIso3(),
                    a.source(), a.note());
        }
    }

    record StateDeficitJson(String iso3, String name, LocalDate asOf, int findings, int missedArrests,
            int recommendationsNotMet, int recommendationsPartlyMet, int outstandingWarrantsInSituations,
            List<FindingJson> findingsDetail, List<TravelJson> missedArrestsDetail) {

        static StateDeficitJson of(StateDeficit d, String name, LocalDate asOf) {
            return new StateDeficitJson(d.iso3(), name, asOf, d.findings().size(), d.missedArrests().size(),
                    d.recommendationsNotMet(), d.recommendationsPartly(), d.outstandingInSituations().size(),
                    d.findings().stream().map(FindingJson::of).toList(),
                    d.missedArrests().stream().map(TravelJson::of).toList());
        }
    }

    record SituationDeficitJson(SituationJson situation, LocalDate asOf, List<WarrantJson> outstanding,
            List<FindingJson> findings) {

        static SituationDeficitJson of(SituationDeficit d, Language l, LocalDate asOf) {
            return new SituationDeficitJson(SituationJson.of(d, l), asOf,
                    d.outstanding().stream().map(v -> WarrantJson.of(v, l)).toList(),
                    d.findings().stream().map(FindingJson::of).toList());
        }
    }

    record ChecklistRow(int recommendation, String text, String status, String evidence, LocalDate assessedOn,
            String source) {
    }
}
