package org.amicus.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * The advocacy with a state, for a state's page: every activity the viewer may see (restricted
 * activities only for the staff named on them), newest first.
 */
public interface AdvocacyRecord {

    record StateActivity(long id, String kind, String title, LocalDate startsOn, LocalDate endsOn, List<Long> campaigns) {
    }

    /** The activities with the state that this staff user may see; nobody else sees any. */
    List<StateActivity> withState(String iso3, String staffUsername);
}
