package org.amicus.campaigns;

import java.time.LocalDate;
import java.util.List;

import org.amicus.platform.Language;

/**
 * The campaigns the public may see, for the portal: those the coalition has gone public with (at
 * least one published or closed action alert), and their alerts. Drafts, advocacy activities and
 * staff notes never leave the module through it.
 */
public interface PublicCampaigns {

    /** An action alert in the reader's language (or the first it is written in); targetState null means the signer's own. */
    record PublicAlert(String slug, String kind, boolean open, String title, String appeal, String targetState, long signatures,
            long campaignId) {
    }

    record PublicCampaign(long id, String kind, String name, LocalDate periodStart, LocalDate periodEnd, String status,
            List<String> states, List<PublicAlert> alerts) {
    }

    List<PublicCampaign> campaigns(Language language);

    /** Alerts open for signing now, newest campaign first. */
    List<PublicAlert> openAlerts(Language language);

    /** The public campaigns that target the state, or whose alerts do. */
    List<PublicCampaign> targeting(String iso3, Language language);
}
