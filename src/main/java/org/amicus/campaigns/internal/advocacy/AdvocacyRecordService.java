package org.amicus.campaigns.internal.advocacy;

import java.util.List;
import java.util.Locale;

import org.amicus.campaigns.AdvocacyRecord;
import org.amicus.platform.StaffUsers;
import org.springframework.stereotype.Service;

@Service
class AdvocacyRecordService implements AdvocacyRecord {

    private final Activities activities;
    private final StaffUsers staff;
    private final PublicSummaries summaries;

    AdvocacyRecordService(Activities activities, StaffUsers staff, PublicSummaries summaries) {
        this.activities = activities;
        this.staff = staff;
        this.summaries = summaries;
    }

    @Override
    public List<PublicActivity> publicWithState(String iso3) {
        return summaries.published(iso3);
    }

    @Override
    public List<StateActivity> withState(String iso3, String staffUsername) {
        if (!staff.isActive(staffUsername)) {
            return List.of();
        }
        return activities.linkedTo(Activity.STATE, iso3.toUpperCase(Locale.ROOT), staffUsername).stream()
            .map(a -> new StateActivity(a.id(), a.kind().name(), a.title(), a.startsOn(), a.endsOn(),
                    a.linked(Activity.CAMPAIGN).stream().map(Long::valueOf).toList()))
            .toList();
    }
}
