package org.amicus.members.internal.web;

import org.amicus.members.internal.record.Organisation;
import org.amicus.members.internal.record.Person;

/** Rules of member self-service shared by the pages and the API. */
final class Profiles {

    private Profiles() {
    }

    /** A member edits their profile, not their standing: kind, membership, coalition and source stay as staff set them. */
    static Organisation keepStaffFields(Organisation current, Organisation changed) {
        return new Organisation(current.id(), current.kind(), changed.name(), changed.nameLatin(), changed.acronym(),
                changed.country(), changed.region(), changed.city(), changed.website(), changed.languages(), changed.focusAreas(),
                current.membershipStatus(), current.memberSince(), current.memberUntil(), changed.staffSize(),
                current.coalitionId(), current.source(), current.tags());
    }
}
