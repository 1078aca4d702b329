package org.amicus.campaigns.internal.staff;

import java.time.LocalDate;

import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.campaigns.internal.alerts.Alert;
import org.amicus.campaigns.internal.alerts.AlertForm;
import org.amicus.campaigns.internal.alerts.Alerts;
import org.amicus.campaigns.internal.alerts.LetterBox;
import org.amicus.campaigns.internal.alerts.OfficeGroups;
import org.amicus.campaigns.internal.alerts.AlertSignatures;
import org.amicus.platform.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff write an action alert in the languages they have, publish it, and close it. */
@Controller
class StaffAlertsController {

    private final Alerts alerts;
    private final Campaigns campaigns;
    private final AlertSignatures signatures;
    private final LetterBox letters;
    private final OfficeGroups groups;

    StaffAlertsController(Alerts alerts, Campaigns campaigns, AlertSignatures signatures, LetterBox letters, OfficeGroups groups) {
        this.alerts = alerts;
        this.campaigns = campaigns;
        this.signatures = signatures;
        this.letters = letters;
        this.groups = groups;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("alertKinds", Alert.Kind.values());
        model.addAttribute("officeGroups", groups.names());
    }

    @GetMapping("/staff/campaigns/{campaignId}/alerts/new")
    String newAlert(@PathVariable long campaignId, Model model) {
        model.addAttribute("campaign", campaigns.get(campaignId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AlertForm());
        }
        return "campaigns/alert";
    }

    @PostMapping("/staff/campaigns/{campaignId}/alerts")
    String create(@PathVariable long campaignId, @ModelAttribute("form") AlertForm form, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> "redirect:/staff/alerts/" + alerts.create(campaignId, form).id(), "alerts.created", flash, model,
                () -> newAlert(campaignId, model));
    }

    @GetMapping("/staff/alerts/{id}")
    String page(@PathVariable long id, Model model) {
        Alert a = alerts.get(id);
        model.addAttribute("alert", a);
        model.addAttribute("campaign", campaigns.get(a.campaignId()));
        model.addAttribute("signatures", signatures.count(id));
        model.addAttribute("letters", letters.count(id));
        if (a.targetGroup() != null) {
            model.addAttribute("seats", groups.seats(a.targetGroup(), LocalDate.now()));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AlertForm.of(a));
        }
        return "campaigns/alert";
    }

    @PostMapping("/staff/alerts/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AlertForm form, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            alerts.update(id, form);
            return "redirect:/staff/alerts/" + id;
        }, "campaigns.saved", flash, model, () -> page(id, model));
    }

    @PostMapping("/staff/alerts/{id}/publish")
    String publish(@PathVariable long id, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            alerts.publish(id);
            return "redirect:/staff/alerts/" + id;
        }, "alerts.published", flash, model, () -> page(id, model));
    }

    @PostMapping("/staff/alerts/{id}/close")
    String close(@PathVariable long id, RedirectAttributes flash) {
        alerts.close(id);
        flash.addFlashAttribute("notice", "alerts.closedNotice");
        return "redirect:/staff/alerts/" + id;
    }
}
