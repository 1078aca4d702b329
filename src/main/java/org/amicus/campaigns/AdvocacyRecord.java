package org.amicus.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * The advocacy with a state, for a state's page. Staff: every activity the viewer may see (restricted
 * activities only for the staff named on them), newest first. The public: only the summaries written
 * for the public and reviewed by a second staff member, of activities that are not restricted.
 */
public interface AdvocacyRecord {

    record StateActivity(long id, String kind, String title, LocalDate startsOn, LocalDate endsOn, List<Long> campaigns) {
    }

    /** A public summary of an activity: its kind (MISSION, MEETING, ...), dates and the reviewed text; no title, people or notes. */
    record PublicActivity(String kind, LocalDate startsOn, LocalDate endsOn, String summary) {
    }

    /** The activities with the state that this staff user may see; nobody else sees any. */
    List<StateActivity> withState(String iso3, String staffUsername);

    /** What anyone may read of the advocacy with the state (ISO3), newest first; safe for public pages. */
    List<PublicActivity> publicWithState(String iso3);
}
