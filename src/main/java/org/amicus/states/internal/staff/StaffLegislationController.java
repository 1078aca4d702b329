package org.amicus.states.internal.staff;

import java.util.List;

import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.states.internal.legislation.Component;
import org.amicus.states.internal.legislation.Legislation;
import org.amicus.states.internal.legislation.Stage;
import org.amicus.states.internal.legislation.StageDraft;
import org.amicus.states.internal.legislation.StageEntry;
import org.amicus.states.internal.legislation.StageRecorder;
import org.amicus.states.internal.legislation.StageRules;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.watch.WatchList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff keep each state's legislation record and its watch-list entry, with the same checks as the API. */
@Controller
class StaffLegislationController {

    private final Tracker tracker;
    private final Legislation legislation;
    private final StageRecorder recorder;
    private final WatchList watchList;

    StaffLegislationController(Tracker tracker, Legislation legislation, StageRecorder recorder, WatchList watchList) {
        this.tracker = tracker;
        this.legislation = legislation;
        this.recorder = recorder;
        this.watchList = watchList;
    }

    @ModelAttribute("components")
    Component[] components() {
        return Component.values();
    }

    @ModelAttribute("stages")
    Stage[] stages() {
        return Stage.values();
    }

    @GetMapping("/staff/states/{iso3}/legislation")
    String show(@PathVariable String iso3, Model model) {
        model.addAttribute("form", new StageForm());
        model.addAttribute("watchForm", WatchForm.of(watchList.current().stream()
            .filter(w -> w.iso3().equals(state(iso3).iso3())).findFirst().orElse(null)));
        return page(iso3, model);
    }

    @PostMapping("/staff/states/{iso3}/legislation")
    String add(@PathVariable String iso3, @ModelAttribute("form") StageForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        try {
            recorder.record(List.of(form.draft(state(iso3).iso3(), null)));
        } catch (RejectedInput e) {
            e.bindTo(result);
            model.addAttribute("watchForm", new WatchForm());
            return page(iso3, model);
        }
        flash.addFlashAttribute("notice", "legislation.addedNotice");
        return "redirect:/staff/states/" + state(iso3).iso3() + "/legislation";
    }

    @GetMapping("/staff/states/{iso3}/legislation/{id}/correct")
    String correctForm(@PathVariable String iso3, @PathVariable long id, Model model) {
        model.addAttribute("form", StageForm.of(entry(iso3, id)));
        return correctPage(iso3, id, model);
    }

    @PostMapping("/staff/states/{iso3}/legislation/{id}/correct")
    String correct(@PathVariable String iso3, @PathVariable long id, @ModelAttribute("form") StageForm form,
            BindingResult result, Model model, RedirectAttributes flash) {
        try {
            recorder.record(List.of(form.draft(state(iso3).iso3(), entry(iso3, id).id())));
        } catch (RejectedInput e) {
            e.bindTo(result);
            return correctPage(iso3, id, model);
        }
        flash.addFlashAttribute("notice", "event.correctedNotice");
        return "redirect:/staff/states/" + state(iso3).iso3() + "/legislation";
    }

    private String correctPage(String iso3, long id, Model model) {
        model.addAttribute("state", state(iso3));
        model.addAttribute("entry", entry(iso3, id));
        return "states/staff-legislation-correct";
    }

    @PostMapping("/staff/states/{iso3}/legislation/{id}/void")
    String voidEntry(@PathVariable String iso3, @PathVariable long id, @RequestParam(required = false) String source,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        try {
            recorder.record(List.of(StageDraft.voiding(entry(iso3, id), source, reason)));
            flash.addFlashAttribute("notice", "event.voidedNotice");
        } catch (RejectedInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/staff/states/" + state(iso3).iso3() + "/legislation";
    }

    @PostMapping("/staff/states/{iso3}/watch")
    String watch(@PathVariable String iso3, @ModelAttribute("watchForm") WatchForm form, BindingResult result,
            Model model, RedirectAttributes flash) {
        try {
            watchList.save(List.of(form.draft(state(iso3).iso3())));
        } catch (RejectedInput e) {
            e.bindTo(result);
            model.addAttribute("form", new StageForm());
            return page(iso3, model);
        }
        flash.addFlashAttribute("notice", "watch.savedNotice");
        return "redirect:/staff/states/" + state(iso3).iso3() + "/legislation";
    }

    private String page(String iso3, Model model) {
        State state = state(iso3);
        model.addAttribute("state", state);
        model.addAttribute("current", legislation.entries(state.iso3(), Tracker.NOW).stream()
            .sorted(StageRules.CHRONOLOGICAL.reversed()).toList());
        model.addAttribute("superseded", legislation.allEntries(state.iso3()).stream()
            .filter(e -> e.supersededAt() != null || e.voided()).toList());
        return "states/staff-legislation";
    }

    private State state(String iso3) {
        return tracker.record().state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
    }

    private StageEntry entry(String iso3, long id) {
        return legislation.allEntries(state(iso3).iso3()).stream()
            .filter(e -> e.id() == id && e.supersededAt() == null && !e.voided())
            .findFirst().orElseThrow(() -> new NotFound("error.entryNotFound", id));
    }
}
