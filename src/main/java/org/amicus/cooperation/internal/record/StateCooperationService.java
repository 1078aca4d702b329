package org.amicus.cooperation.internal.record;

import java.time.LocalDate;

import org.amicus.cooperation.StateCooperation;
import org.springframework.stereotype.Service;

@Service
class StateCooperationService implements StateCooperation {

    private final Cooperation cooperation;

    StateCooperationService(Cooperation cooperation) {
        this.cooperation = cooperation;
    }

    @Override
    public Standing standing(String iso3, LocalDate asOf) {
        StateDeficit d = cooperation.stateDeficit(iso3, asOf);
        return new Standing(iso3,
                d.findings().stream().map(f -> new FindingNote(f.caseNumber(), f.decided(), f.referredToAsp(), f.referredToCouncil(),
                        f.source())).toList(),
                d.missedArrests().size(), d.recommendationsNotMet(), d.recommendationsPartly(),
                d.outstandingInSituations().stream().map(w -> new OutstandingWarrant(w.warrant().id(), w.warrant().suspect(),
                        w.situation().code(), w.warrant().issued())).toList());
    }
}
