package org.amicus.court.internal.election;

import java.util.List;
import java.util.Objects;

import org.amicus.court.CourtDates;
import org.springframework.stereotype.Service;

/** The elections' nomination periods, read from the elections record for the calendar. */
@Service
class ElectionPeriods implements CourtDates {

    private final Elections elections;

    ElectionPeriods(Elections elections) {
        this.elections = elections;
    }

    @Override
    public List<ElectionPeriod> electionPeriods() {
        return elections.all().stream().filter(e -> e.nominationsOpen() != null || e.nominationsClose() != null)
            .map(e -> new ElectionPeriod(e.id(), e.title(), e.sessionName(), e.nominationsOpen(), e.nominationsClose(), e.source()))
            .sorted(java.util.Comparator.comparing(p -> Objects.requireNonNullElse(p.nominationsOpen(), p.nominationsClose())))
            .toList();
    }
}
