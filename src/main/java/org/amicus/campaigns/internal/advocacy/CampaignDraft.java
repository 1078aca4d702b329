package org.amicus.campaigns.internal.advocacy;

import java.util.List;

/** A campaign as typed in the staff form: lists of states and CRM ids as text, goals and owners chosen. */
public record CampaignDraft(String kind, String name, String aims, String periodStart, String periodEnd, String status,
        List<String> goals, String states, String officials, String bodies, List<String> owners, String organisations,
        String teams) {

    public static CampaignDraft empty() {
        return new CampaignDraft(null, null, null, null, null, "PLANNED", List.of(), null, null, null, List.of(), null, null);
    }

    public static CampaignDraft of(Campaign c) {
        return new CampaignDraft(c.kind().name(), c.name(), c.aims(), c.periodStart().toString(),
                c.periodEnd() == null ? null : c.periodEnd().toString(), c.status().name(), c.linked(Campaign.GOAL),
                String.join(" ", c.linked(Campaign.STATE)), String.join(" ", c.linked(Campaign.OFFICIAL)),
                String.join(" ", c.linked(Campaign.BODY)), c.linked(Campaign.OWNER),
                String.join(" ", c.linked(Campaign.ORGANISATION)), String.join(" ", c.linked(Campaign.TEAM)));
    }
}
