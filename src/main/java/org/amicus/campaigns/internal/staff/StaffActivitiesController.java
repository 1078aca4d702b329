package org.amicus.campaigns.internal.staff;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.amicus.campaigns.internal.advocacy.Activities;
import org.amicus.campaigns.internal.advocacy.PublicSummaries;
import org.amicus.campaigns.internal.advocacy.Activity;
import org.amicus.campaigns.internal.advocacy.ActivityDraft;
import org.amicus.campaigns.internal.advocacy.Campaigns;
import org.amicus.campaigns.internal.reports.Reports;
import org.amicus.platform.Forms;
import org.amicus.platform.NotFound;
import org.amicus.platform.StaffUsers;
import org.amicus.states.StatesDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff advocacy: log an activity, record its outcomes, assign follow-ups; a state's advocacy and its reports. */
@Controller
class StaffActivitiesController {

    private final PublicSummaries summaries;

    private final Activities activities;
    private final Campaigns campaigns;
    private final StaffUsers staff;
    private final StatesDirectory states;
    private final Reports reports;

    StaffActivitiesController(Activities activities, Campaigns campaigns, StaffUsers staff, StatesDirectory states, Reports reports, PublicSummaries summaries) {
        this.summaries = summaries;
        this.activities = activities;
        this.campaigns = campaigns;
        this.staff = staff;
        this.states = states;
        this.reports = reports;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("activityKinds", Activity.Kind.values());
        model.addAttribute("outcomeKinds", Activity.Outcome.Kind.values());
        model.addAttribute("staffUsers", staff.active());
        model.addAttribute("allCampaigns", campaigns.all());
        model.addAttribute("today", LocalDate.now());
    }

    @GetMapping("/staff/activities/new")
    String newActivity(@RequestParam(required = false) Long campaign, Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", ActivityDraft.forCampaign(campaign == null ? null : campaigns.get(campaign)));
        }
        return "campaigns/activity-new";
    }

    @PostMapping("/staff/activities")
    String create(@ModelAttribute("draft") ActivityDraft draft, @RequestParam(required = false) String find, Principal me, Model model,
            RedirectAttributes flash) {
        if (find != null) {
            return "campaigns/activity-new"; // a picker's search: the form again, unsaved, with the matches (campaigns/pick)
        }
        return Forms.submit(() -> "redirect:/staff/activities/" + activities.create(draft, me.getName()).id(), "campaigns.activity.created",
                flash, model, () -> "campaigns/activity-new");
    }

    @GetMapping("/staff/activities/{id}")
    String page(@PathVariable long id, Principal me, Model model) {
        Activity a = activities.get(id, me.getName());
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", ActivityDraft.of(a));
        }
        model.addAttribute("activity", a);
        model.addAttribute("outcomes", activities.outcomes(id));
        model.addAttribute("followUps", activities.followUps("f.activity_id = :activity", Map.of("activity", id), me.getName()));
        model.addAttribute("summary", summaries.of(id).orElse(null));
        return "campaigns/activity";
    }

    @PostMapping("/staff/activities/{id}")
    String update(@PathVariable long id, @ModelAttribute("draft") ActivityDraft draft, @RequestParam(required = false) String find,
            Principal me, Model model, RedirectAttributes flash) {
        if (find != null) {
            return page(id, me, model);
        }
        return Forms.submit(() -> {
            activities.update(id, draft, me.getName());
            return "redirect:/staff/activities/" + id;
        }, "campaigns.saved", flash, model, () -> page(id, me, model));
    }

    @PostMapping("/staff/activities/{id}/outcomes")
    String addOutcome(@PathVariable long id, @RequestParam(required = false) String outcomeKind,
            @RequestParam(required = false) String outcomeText, @RequestParam(required = false) String document, Principal me, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            activities.addOutcome(id, outcomeKind, outcomeText, document, me.getName());
            return "redirect:/staff/activities/" + id;
        }, "campaigns.outcome.added", flash, model, () -> page(id, me, model));
    }

    @PostMapping("/staff/activities/{id}/summary")
    String writeSummary(@PathVariable long id, @RequestParam(required = false) String summary, Principal me, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            summaries.write(id, summary, me.getName());
            return "redirect:/staff/activities/" + id;
        }, "campaigns.summary.saved", flash, model, () -> page(id, me, model));
    }

    @PostMapping("/staff/activities/{id}/summary/approve")
    String approveSummary(@PathVariable long id, Principal me, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            summaries.approve(id, me.getName());
            return "redirect:/staff/activities/" + id;
        }, "campaigns.summary.approved", flash, model, () -> page(id, me, model));
    }

    @PostMapping("/staff/activities/{id}/follow-ups")
    String addFollowUp(@PathVariable long id, @RequestParam(required = false) String taskTitle, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dueOn, Principal me, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            activities.addFollowUp(id, null, taskTitle, owner, dueOn, me.getName());
            return "redirect:/staff/activities/" + id;
        }, "campaigns.followUp.added", flash, model, () -> page(id, me, model));
    }

    @PostMapping("/staff/follow-ups/{id}/done")
    String done(@PathVariable long id, @RequestParam String back, Principal me, RedirectAttributes flash) {
        activities.markDone(id, me.getName());
        flash.addFlashAttribute("notice", "campaigns.followUp.done");
        return "redirect:" + (back.startsWith("/staff/") ? back : "/staff/campaigns");
    }

    @GetMapping("/staff/advocacy/states/{iso3}")
    String state(@PathVariable String iso3, Principal me, Model model) {
        String code = known(iso3);
        model.addAttribute("state", states.state(code).orElseThrow());
        model.addAttribute("activities", activities.linkedTo(Activity.STATE, code, me.getName()));
        model.addAttribute("reports", reports.state(code, me.getName()));
        model.addAttribute("csvBase", "/staff/advocacy/states/" + code + "/reports/");
        return "campaigns/state";
    }

    @GetMapping("/staff/advocacy/states/{iso3}/reports/{key}.csv")
    ResponseEntity<String> stateCsv(@PathVariable String iso3, @PathVariable String key, Principal me) {
        String code = known(iso3);
        return StaffCampaignsController.csv(reports.one(reports.state(code, me.getName()), key).csv(), "state-" + code + "-" + key + ".csv");
    }

    private String known(String iso3) {
        String code = iso3.toUpperCase(Locale.ROOT);
        if (states.state(code).isEmpty()) {
            throw new NotFound("campaigns.state.notFound", iso3);
        }
        return code;
    }
}
