package org.amicus.campaigns.internal.alerts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.amicus.campaigns.PublicCampaigns;
import org.amicus.campaigns.internal.advocacy.Campaign;
import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.platform.Language;
import org.springframework.stereotype.Service;

@Service
class PublicCampaignsService implements PublicCampaigns {

    private final Alerts alerts;
    private final Campaigns campaigns;
    private final AlertSignatures signatures;

    PublicCampaignsService(Alerts alerts, Campaigns campaigns, AlertSignatures signatures) {
        this.alerts = alerts;
        this.campaigns = campaigns;
        this.signatures = signatures;
    }

    @Override
    public List<PublicCampaign> campaigns(Language language) {
        Map<Long, List<PublicAlert>> byCampaign = alerts.visibleAll().stream()
            .sorted(Comparator.comparing(Alert::id).reversed())
            .map(a -> alert(a, language))
            .collect(Collectors.groupingBy(PublicAlert::campaignId));
        return byCampaign.keySet().stream().sorted(Comparator.reverseOrder())
            .flatMap(id -> campaigns.find(id).stream())
            .map(c -> new PublicCampaign(c.id(), c.kind().name(), c.name(), c.periodStart(), c.periodEnd(), c.status().name(),
                    c.linked(Campaign.STATE), byCampaign.get(c.id())))
            .toList();
    }

    @Override
    public List<PublicAlert> openAlerts(Language language) {
        return campaigns(language).stream().flatMap(c -> c.alerts().stream()).filter(PublicAlert::open).toList();
    }

    @Override
    public List<PublicCampaign> targeting(String iso3, Language language) {
        return campaigns(language).stream()
            .filter(c -> c.states().contains(iso3) || c.alerts().stream().anyMatch(a -> iso3.equals(a.targetState())))
            .toList();
    }

    private PublicAlert alert(Alert a, Language language) {
        Alert.Text text = a.text(language);
        String target = a.targetState() == null || a.targetState().isBlank() ? null : a.targetState();
        return new PublicAlert(a.slug(), a.kind().name(), a.open(), text.title(), text.appeal(), target, signatures.count(a.id()),
                a.campaignId());
    }
}
