package org.amicus.cooperation.internal.staff;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import org.amicus.cooperation.internal.record.AssessmentStatus;
import org.amicus.cooperation.internal.record.Cooperation;
import org.amicus.cooperation.internal.record.CooperationLedger;
import org.amicus.cooperation.internal.record.CouncilActionType;
import org.amicus.cooperation.internal.record.Crime;
import org.amicus.cooperation.internal.record.Drafts;
import org.amicus.cooperation.internal.record.Drafts.AssessmentDraft;
import org.amicus.cooperation.internal.record.Drafts.CouncilDraft;
import org.amicus.cooperation.internal.record.Drafts.FindingDraft;
import org.amicus.cooperation.internal.record.Drafts.StatusDraft;
import org.amicus.cooperation.internal.record.Drafts.TravelDraft;
import org.amicus.cooperation.internal.record.Drafts.WarrantDraft;
import org.amicus.cooperation.internal.record.RecommendationCsv;
import org.amicus.cooperation.internal.record.WarrantKind;
import org.amicus.cooperation.internal.record.WarrantStatus;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.Forms;
import org.amicus.platform.RejectedInput;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff record cooperation facts: warrants and summonses, dated status changes, reported travel,
 * findings of non-compliance, Security Council actions, checklist assessments and the
 * recommendations' text. Rejected input comes back beside its fields, with what was typed.
 */
@Controller
@RequestMapping("/staff/cooperation")
class StaffCooperationController {

    private final Cooperation cooperation;
    private final CooperationLedger ledger;
    private final StatesDirectory states;

    StaffCooperationController(Cooperation cooperation, CooperationLedger ledger, StatesDirectory states) {
        this.cooperation = cooperation;
        this.ledger = ledger;
        this.states = states;
    }

    @ModelAttribute
    void choices(Model model) {
        var locale = LocaleContextHolder.getLocale();
        Language language = Language.of(locale);
        model.addAttribute("situations", cooperation.situations());
        model.addAttribute("allStates", states.states().stream()
            .sorted(Comparator.comparing((StatesDirectory.StateFacts s) -> s.name(language), Collator.getInstance(locale))).toList());
        model.addAttribute("kinds", WarrantKind.values());
        model.addAttribute("crimes", Crime.values());
        model.addAttribute("statuses", WarrantStatus.values());
        model.addAttribute("assessmentStatuses", AssessmentStatus.values());
        model.addAttribute("councilTypes", CouncilActionType.values());
        model.addAttribute("triggers", org.amicus.cooperation.Situation.Trigger.values());
    }

    @GetMapping
    String index(Model model) {
        return indexPage(model);
    }

    /** The staff page with its three forms; a form sent back with problems keeps what was typed. */
    private String indexPage(Model model) {
        if (!model.containsAttribute("warrant")) {
            model.addAttribute("warrant", new WarrantDraft(null, null, null, null, null, null, List.of(), null, null));
        }
        if (!model.containsAttribute("finding")) {
            model.addAttribute("finding", new FindingDraft(null, null, null, false, false, null, null, null));
        }
        if (!model.containsAttribute("council")) {
            model.addAttribute("council", new CouncilDraft(null, null, null, null, null, null, null));
        }
        if (!model.containsAttribute("newSituation")) {
            model.addAttribute("newSituation",
                    new Drafts.SituationDraft(null, null, null, null, null, null, null, null, null, null, null));
        }
        model.addAttribute("warrants", cooperation.warrants(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        model.addAttribute("cases", cooperation.record().cases());
        model.addAttribute("recommendations", cooperation.record().recommendations().size());
        return "cooperation/staff";
    }

    @PostMapping("/warrants")
    String addWarrant(@ModelAttribute("warrant") WarrantDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> "redirect:/staff/cooperation/warrants/" + ledger.addWarrant(draft, 0).id(),
                "coop.staff.warrantAdded", flash, model, () -> indexPage(model));
    }

    @PostMapping("/findings")
    String addFinding(@ModelAttribute("finding") FindingDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            ledger.recordFinding(draft, 0);
            return "redirect:/staff/cooperation";
        }, "coop.staff.findingAdded", flash, model, () -> indexPage(model));
    }

    @PostMapping("/security-council")
    String addCouncilAction(@ModelAttribute("council") CouncilDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            ledger.recordCouncilAction(draft, 0);
            return "redirect:/staff/cooperation";
        }, "coop.staff.councilAdded", flash, model, () -> indexPage(model));
    }

    @PostMapping("/situations")
    String addSituation(@ModelAttribute("newSituation") Drafts.SituationDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            ledger.addSituation(draft, 0);
            return "redirect:/staff/cooperation";
        }, "coop.staff.situationAdded", flash, model, () -> indexPage(model));
    }

    @PostMapping("/recommendations")
    String importRecommendations(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes flash)
            throws java.io.IOException {
        byte[] csv = file == null ? new byte[0] : file.getBytes();
        return Forms.submit(() -> {
            if (csv.length == 0) {
                throw new RejectedInput("file", "cooperation.required");
            }
            flash.addFlashAttribute("noticeArgs", new Object[] { ledger.addRecommendations(RecommendationCsv.read(csv)) });
            return "redirect:/staff/cooperation";
        }, "coop.staff.recommendationsImported", flash, model, () -> indexPage(model));
    }

    @GetMapping("/warrants/{id}")
    String warrant(@PathVariable long id, Model model) {
        return warrantPage(id, model);
    }

    @PostMapping("/warrants/{id}/status")
    String changeStatus(@PathVariable long id, @ModelAttribute("status") StatusDraft draft, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            ledger.changeStatus(id, draft, 0);
            return "redirect:/staff/cooperation/warrants/" + id;
        }, "coop.staff.statusAdded", flash, model, () -> warrantPage(id, model));
    }

    @PostMapping("/warrants/{id}/travel")
    String reportTravel(@PathVariable long id, @ModelAttribute("travel") TravelDraft draft, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            ledger.reportTravel(id, draft, 0);
            return "redirect:/staff/cooperation/warrants/" + id;
        }, "coop.staff.travelAdded", flash, model, () -> warrantPage(id, model));
    }

    @PostMapping("/warrants/{id}/retract")
    String retract(@PathVariable long id, @RequestParam String recordType, @RequestParam String recordId,
            @RequestParam(required = false) String source, @RequestParam(required = false) String note, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            ledger.retract(new Drafts.RetractionDraft(recordType, recordId, source, note), 0);
            return "WARRANT".equals(recordType) ? "redirect:/staff/cooperation" : "redirect:/staff/cooperation/warrants/" + id;
        }, "coop.staff.retracted", flash, model, () -> warrantPage(id, model));
    }

    private String warrantPage(long id, Model model) {
        if (!model.containsAttribute("status")) {
            model.addAttribute("status", new StatusDraft(null, null, null, null));
        }
        if (!model.containsAttribute("travel")) {
            model.addAttribute("travel", new TravelDraft(null, null, null, null, null));
        }
        model.addAttribute("w", cooperation.warrant(id, java.time.LocalDate.MAX)
            .orElseThrow(() -> new NotFound("cooperation.warrantNotFound", id)));
        return "cooperation/staff-warrant";
    }

    @GetMapping("/checklist/{iso3}")
    String checklist(@PathVariable String iso3, Model model) {
        model.addAttribute("assessment", new AssessmentDraft(iso3, null, null, null, null, null));
        return checklistPage(iso3, model);
    }

    @PostMapping("/checklist/{iso3}")
    String assess(@PathVariable String iso3, @ModelAttribute("assessment") AssessmentDraft draft, Model model,
            RedirectAttributes flash) {
        AssessmentDraft forState = new AssessmentDraft(iso3, draft.recommendation(), draft.status(), draft.evidence(),
                draft.assessedOn(), draft.source());
        return Forms.submit(() -> {
            ledger.assess(forState, 0);
            return "redirect:/staff/cooperation/checklist/" + iso3;
        }, "coop.staff.assessed", flash, model, () -> checklistPage(iso3, model));
    }

    private String checklistPage(String iso3, Model model) {
        var state = states.state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
        model.addAttribute("state", state);
        model.addAttribute("recommendationList", cooperation.record().recommendations());
        model.addAttribute("history", cooperation.record().assessments(state.iso3()).stream()
            .sorted(Comparator.comparingLong(org.amicus.cooperation.internal.record.Assessment::id).reversed()).toList());
        return "cooperation/staff-checklist";
    }
}
