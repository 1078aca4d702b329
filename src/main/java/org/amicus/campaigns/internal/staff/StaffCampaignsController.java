package org.amicus.campaigns.internal.staff;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amicus.campaigns.internal.advocacy.Activities;
import org.amicus.campaigns.internal.advocacy.Activity;
import org.amicus.campaigns.internal.advocacy.Campaign;
import org.amicus.campaigns.internal.advocacy.CampaignDraft;
import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.campaigns.internal.alerts.Alerts;
import org.amicus.campaigns.internal.alerts.LetterBox;
import org.amicus.campaigns.internal.alerts.AlertSignatures;
import org.amicus.campaigns.internal.reports.Reports;
import org.amicus.campaigns.internal.strategy.Evaluator;
import org.amicus.campaigns.internal.strategy.Progress;
import org.amicus.campaigns.internal.strategy.Strategies;
import org.amicus.media.MediaCoverage;
import org.amicus.platform.Forms;
import org.amicus.platform.StaffUsers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff campaigns: the list, a campaign's page (its activities, follow-ups, alerts and the progress
 * of the goals it serves) and its reports. Rejected input comes back beside its fields.
 */
@Controller
@RequestMapping("/staff/campaigns")
class StaffCampaignsController {

    private final Campaigns campaigns;
    private final Activities activities;
    private final Alerts alerts;
    private final AlertSignatures signatures;
    private final LetterBox letters;
    private final Strategies strategies;
    private final Evaluator evaluator;
    private final Reports reports;
    private final StaffUsers staff;
    private final MediaCoverage media;

    StaffCampaignsController(Campaigns campaigns, Activities activities, Alerts alerts, AlertSignatures signatures, LetterBox letters,
            Strategies strategies, Evaluator evaluator, Reports reports, StaffUsers staff, MediaCoverage media) {
        this.media = media;
        this.campaigns = campaigns;
        this.activities = activities;
        this.alerts = alerts;
        this.signatures = signatures;
        this.letters = letters;
        this.strategies = strategies;
        this.evaluator = evaluator;
        this.reports = reports;
        this.staff = staff;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("campaignKinds", Campaign.Kind.values());
        model.addAttribute("campaignStatuses", Campaign.Status.values());
        model.addAttribute("goalChoices", campaigns.goalChoices());
        model.addAttribute("staffUsers", staff.active());
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", CampaignDraft.empty());
        }
        model.addAttribute("campaigns", campaigns.all());
        return "campaigns/list";
    }

    @PostMapping
    String create(@ModelAttribute("draft") CampaignDraft draft, @RequestParam(required = false) String find, Model model,
            RedirectAttributes flash) {
        if (find != null) {
            return list(model); // a picker's search: the form again, unsaved, with the matches (campaigns/pick)
        }
        return Forms.submit(() -> "redirect:/staff/campaigns/" + campaigns.create(draft).id(), "campaigns.created", flash, model,
                () -> list(model));
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Principal me, Model model) {
        Campaign c = campaigns.get(id);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", CampaignDraft.of(c));
        }
        model.addAttribute("campaign", c);
        model.addAttribute("activities", activities.linkedTo(Activity.CAMPAIGN, Long.toString(id), me.getName()));
        model.addAttribute("followUps", activities.followUps("f.campaign_id = :campaign", Map.of("campaign", id), me.getName()));
        model.addAttribute("today", LocalDate.now());
        var list = alerts.ofCampaign(id);
        model.addAttribute("alerts", list);
        model.addAttribute("signatureCounts", list.stream().collect(java.util.stream.Collectors.toMap(a -> a.id(),
                a -> signatures.count(a.id()) + letters.count(a.id()))));
        List<Progress> progress = new ArrayList<>();
        for (long goalId : c.linkedIds(Campaign.GOAL)) {
            campaigns.goalRef(goalId).ifPresent(ref -> {
                var strategy = strategies.get(ref[0]);
                progress.add(evaluator.evaluate(strategy, strategies.goal(ref[0], ref[1]), LocalDate.now()));
            });
        }
        model.addAttribute("progress", progress);
        model.addAttribute("coverage", media.ofStates(c.linked(Campaign.STATE), c.periodStart(), c.periodEnd(), 20));
        return "campaigns/campaign";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("draft") CampaignDraft draft, @RequestParam(required = false) String find,
            Principal me, Model model, RedirectAttributes flash) {
        if (find != null) {
            return page(id, me, model);
        }
        return Forms.submit(() -> {
            campaigns.update(id, draft);
            return "redirect:/staff/campaigns/" + id;
        }, "campaigns.saved", flash, model, () -> page(id, me, model));
    }

    @PostMapping("/{id}/follow-ups")
    String addFollowUp(@PathVariable long id, @RequestParam(required = false) String taskTitle, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dueOn, Principal me, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            activities.addFollowUp(null, id, taskTitle, owner, dueOn, me.getName());
            return "redirect:/staff/campaigns/" + id;
        }, "campaigns.followUp.added", flash, model, () -> page(id, me, model));
    }

    @GetMapping("/{id}/reports")
    String reports(@PathVariable long id, Principal me, Model model) {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("reports", reports.campaign(id, me.getName()));
        model.addAttribute("csvBase", "/staff/campaigns/" + id + "/reports/");
        return "campaigns/reports";
    }

    @GetMapping("/{id}/reports/{key}.csv")
    ResponseEntity<String> reportCsv(@PathVariable long id, @PathVariable String key, Principal me) {
        campaigns.get(id);
        return csv(reports.one(reports.campaign(id, me.getName()), key).csv(), "campaign-" + id + "-" + key + ".csv");
    }

    static ResponseEntity<String> csv(String body, String filename) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").body(body);
    }
}
