package org.amicus.browser;

import java.util.List;
import java.util.Map;

import org.amicus.campaigns.internal.advocacy.CampaignDraft;
import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.campaigns.internal.alerts.Alert;
import org.amicus.campaigns.internal.alerts.AlertForm;
import org.amicus.campaigns.internal.alerts.Alerts;

/** A published petition asking Togo to join the Court, in English and Arabic, in a campaign of its own: what browser tests read and sign. */
final class TogoAlert {

    private TogoAlert() {
    }

    static Alert publish(Campaigns campaigns, Alerts alerts, String name) {
        long campaign = campaigns.create(new CampaignDraft("UNIVERSAL_RATIFICATION", name + " " + System.nanoTime(), null,
                "2026-01-01", null, "ACTIVE", List.of(), "TGO", null, null, List.of(), null, null)).id();
        var form = new AlertForm();
        form.setKind("PETITION");
        form.setSlug(name.toLowerCase().replace(' ', '-') + "-" + System.nanoTime());
        form.setDailyCap("50");
        form.getTitle().putAll(Map.of("en", "Togo, join the Court", "ar", "توغو، انضمي إلى المحكمة"));
        form.getAppeal().putAll(Map.of("en", "Ask Togo to ratify the Rome Statute.", "ar", "اطلبوا من توغو التصديق على نظام روما الأساسي."));
        return alerts.publish(alerts.create(campaign, form).id());
    }
}
