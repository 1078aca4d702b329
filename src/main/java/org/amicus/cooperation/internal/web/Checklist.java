package org.amicus.cooperation.internal.web;

import java.time.LocalDate;
import java.util.List;

import org.amicus.cooperation.internal.record.AssessmentStatus;
import org.amicus.cooperation.internal.record.CooperationRecord;
import org.amicus.cooperation.internal.web.Views.ChecklistRow;
import org.amicus.platform.Language;

/** A state's checklist: every recommendation with its newest assessment by the date, UNKNOWN where none. */
final class Checklist {

    private Checklist() {
    }

    static List<ChecklistRow> rows(CooperationRecord record, String iso3, LocalDate asOf, Language language) {
        var latest = record.checklist(iso3, asOf);
        return record.recommendations().stream().map(r -> {
            var a = latest.get(r.number());
            return a == null ? new ChecklistRow(r.number(), r.text(language), AssessmentStatus.UNKNOWN.name(), null, null, null)
                    : new ChecklistRow(r.number(), r.text(language), a.status().name(), a.evidence(), a.assessedOn(), a.source());
        }).toList();
    }
}
