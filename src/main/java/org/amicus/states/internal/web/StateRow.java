package org.amicus.states.internal.web;

import java.time.LocalDate;
import java.util.List;

import org.amicus.platform.Language;
import org.amicus.states.internal.record.StateStanding;
import org.amicus.states.internal.record.StatuteStanding;

/** One state as the API and the tracker show it, names in the reader's language. */
record StateRow(String iso3, String iso2, String isoNumeric, String name, String unRegionalGroup, String unStatus,
        String status, RomeStatute romeStatute, List<String> targetCategories, Double latitude, Double longitude) {

    /** The state's Rome Statute dates as known on asOf (ISO dates or null). */
    record RomeStatute(LocalDate signed, LocalDate deposited, String instrumentType, LocalDate entryIntoForce,
            boolean entryIntoForceComputed, LocalDate withdrawalNotified, LocalDate withdrawalEffective,
            LocalDate signatureWithdrawn) {
    }

    static StateRow of(StateStanding s, Language language) {
        StatuteStanding st = s.standing();
        var state = s.state();
        return new StateRow(state.iso3(), state.iso2(), state.isoNumeric(), state.name(language), state.group().name(),
                state.unStatus(), s.status().name(),
                new RomeStatute(st.signed(), st.deposited(), st.instrumentType() == null ? null : st.instrumentType().name(),
                        st.entryIntoForce(), st.deposited() != null && !st.entryIntoForceOverridden(), st.withdrawalNotified(),
                        st.withdrawalEffective(), st.signatureWithdrawn()),
                s.categories().stream().map(Enum::name).toList(),
                state.latitude() == null ? null : state.latitude().doubleValue(),
                state.longitude() == null ? null : state.longitude().doubleValue());
    }
}
