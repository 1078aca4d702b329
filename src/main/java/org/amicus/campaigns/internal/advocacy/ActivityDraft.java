package org.amicus.campaigns.internal.advocacy;

import java.util.List;

/** An activity as typed in the staff form. */
public record ActivityDraft(String kind, String title, String startsOn, String endsOn, String destination, String delegation,
        String programme, String notes, String states, List<String> campaigns, String people, String bodies, Boolean restricted,
        List<String> viewers) {

    /** A checkbox left unticked is not sent at all. */
    public boolean isRestricted() {
        return Boolean.TRUE.equals(restricted);
    }

    public static ActivityDraft forCampaign(Campaign c) {
        return new ActivityDraft("MISSION", null, null, null, null, null, null, null,
                c == null ? null : String.join(" ", c.linked(Campaign.STATE)), c == null ? List.of() : List.of(Long.toString(c.id())),
                null, null, false, List.of());
    }

    public static ActivityDraft of(Activity a) {
        return new ActivityDraft(a.kind().name(), a.title(), a.startsOn().toString(), a.endsOn() == null ? null : a.endsOn().toString(),
                a.destination(), a.delegation(), a.programme(), a.notes(), String.join(" ", a.linked(Activity.STATE)),
                a.linked(Activity.CAMPAIGN), String.join(" ", a.linked(Activity.PERSON)), String.join(" ", a.linked(Activity.BODY)),
                a.restricted(), a.linked(Activity.VIEWER));
    }
}
