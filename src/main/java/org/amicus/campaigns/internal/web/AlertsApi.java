package org.amicus.campaigns.internal.web;

import java.security.Principal;
import java.util.List;

import org.amicus.campaigns.AdvocacyRecord;
import org.amicus.campaigns.internal.alerts.Alert;
import org.amicus.campaigns.internal.alerts.Alerts;
import org.amicus.campaigns.internal.alerts.LetterBox;
import org.amicus.campaigns.internal.alerts.AlertSignatures;
import org.amicus.platform.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Action alerts for the public (live counts, signatories who agreed to be listed) and a state's advocacy for staff. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Campaigns", description = "Action alerts and advocacy")
class AlertsApi {

    record AlertSummary(String slug, String kind, String status, String title, long count, List<AlertSignatures.Signatory> signatories) {
    }

    private final Alerts alerts;
    private final AlertSignatures signatures;
    private final LetterBox letters;
    private final AdvocacyRecord advocacy;

    AlertsApi(Alerts alerts, AlertSignatures signatures, LetterBox letters, AdvocacyRecord advocacy) {
        this.alerts = alerts;
        this.signatures = signatures;
        this.letters = letters;
        this.advocacy = advocacy;
    }

    @GetMapping("/alerts/{slug}")
    @Operation(summary = "A published action alert: its title, the confirmed signatures (or letters written) and the newest signatories who agreed to be listed")
    AlertSummary alert(@PathVariable String slug, @RequestParam(required = false) String lang) {
        Alert a = alerts.visible(slug);
        long count = a.kind() == Alert.Kind.LETTER ? letters.count(a.id()) : signatures.count(a.id());
        return new AlertSummary(a.slug(), a.kind().name(), a.status().name(), a.text(Language.fromCode(lang).orElse(Language.EN)).title(),
                count, signatures.listed(a.id(), 100));
    }

    @GetMapping("/advocacy/states/{iso3}/activities")
    @Operation(summary = "Staff only: the advocacy activities with a state that the caller may see (restricted ones only for the staff named on them)")
    List<AdvocacyRecord.StateActivity> stateActivities(@PathVariable String iso3, Principal caller) {
        return advocacy.withState(iso3, caller.getName());
    }
}
