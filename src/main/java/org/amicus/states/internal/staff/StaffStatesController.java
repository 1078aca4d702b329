package org.amicus.states.internal.staff;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.states.internal.record.Draft;
import org.amicus.states.internal.record.EventRecorder;
import org.amicus.states.internal.record.InstrumentType;
import org.amicus.states.internal.record.PlanTargets;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.TargetCategory;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.record.TreatyEvent;
import org.amicus.states.internal.record.TreatyEventType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff keep each state's facts: add, correct and void events, assign and end target categories. */
@Controller
@RequestMapping("/staff/states")
class StaffStatesController {

    private final Tracker tracker;
    private final EventRecorder recorder;
    private final PlanTargets targets;

    StaffStatesController(Tracker tracker, EventRecorder recorder, PlanTargets targets) {
        this.tracker = tracker;
        this.recorder = recorder;
        this.targets = targets;
    }

    @ModelAttribute("eventTypes")
    TreatyEventType[] eventTypes() {
        return TreatyEventType.values();
    }

    @ModelAttribute("instrumentTypes")
    InstrumentType[] instrumentTypes() {
        return InstrumentType.values();
    }

    @ModelAttribute("targetCategories")
    TargetCategory[] targetCategories() {
        return TargetCategory.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Language language = Language.of(locale);
        String needle = q == null ? "" : q.trim().toLowerCase(locale);
        List<State> states = tracker.record().states().stream()
            .filter(s -> needle.isEmpty() || s.iso3().equalsIgnoreCase(needle)
                    || s.names().values().stream().anyMatch(n -> n.toLowerCase(locale).contains(needle)))
            .sorted(Comparator.comparing(s -> s.name(language), Collator.getInstance(locale)))
            .toList();
        model.addAttribute("states", states);
        model.addAttribute("q", q);
        return "states/staff-list";
    }

    @GetMapping("/{iso3}")
    String show(@PathVariable String iso3, Model model) {
        model.addAttribute("form", new EventForm());
        return page(iso3, model);
    }

    @PostMapping("/{iso3}/events")
    String add(@PathVariable String iso3, @ModelAttribute("form") EventForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        return save(iso3, form.draft(state(iso3).iso3(), null), result, model, flash, "states/staff-state");
    }

    @GetMapping("/{iso3}/events/{id}/correct")
    String correctForm(@PathVariable String iso3, @PathVariable long id, Model model) {
        model.addAttribute("form", EventForm.of(entry(iso3, id)));
        model.addAttribute("entry", entry(iso3, id));
        model.addAttribute("state", state(iso3));
        return "states/staff-correct";
    }

    @PostMapping("/{iso3}/events/{id}/correct")
    String correct(@PathVariable String iso3, @PathVariable long id, @ModelAttribute("form") EventForm form,
            BindingResult result, Model model, RedirectAttributes flash) {
        model.addAttribute("entry", entry(iso3, id));
        model.addAttribute("state", state(iso3));
        return save(iso3, form.draft(state(iso3).iso3(), id), result, model, flash, "states/staff-correct");
    }

    @PostMapping("/{iso3}/events/{id}/void")
    String voidEntry(@PathVariable String iso3, @PathVariable long id, @RequestParam(required = false) String source,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        try {
            recorder.record(List.of(Draft.voiding(entry(iso3, id), source, note)));
            flash.addFlashAttribute("notice", "event.voidedNotice");
        } catch (RejectedInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/staff/states/" + state(iso3).iso3();
    }

    @PostMapping("/{iso3}/categories")
    String assign(@PathVariable String iso3, @RequestParam(required = false) TargetCategory category,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) String source, RedirectAttributes flash) {
        try {
            if (category == null) {
                throw new RejectedInput("category", "event.required");
            }
            targets.assign(iso3, category, validFrom, source);
            flash.addFlashAttribute("notice", "category.assigned");
        } catch (RejectedInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/staff/states/" + state(iso3).iso3();
    }

    @PostMapping("/{iso3}/categories/{id}/end")
    String endCategory(@PathVariable String iso3, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            @RequestParam(required = false) String source, RedirectAttributes flash) {
        try {
            targets.end(iso3, id, validTo, source);
            flash.addFlashAttribute("notice", "category.ended");
        } catch (RejectedInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/staff/states/" + state(iso3).iso3();
    }

    private String save(String iso3, Draft draft, BindingResult result, Model model, RedirectAttributes flash,
            String formView) {
        try {
            recorder.record(List.of(draft));
        } catch (RejectedInput e) {
            e.bindTo(result);
            return formView.equals("states/staff-state") ? page(iso3, model) : formView;
        }
        flash.addFlashAttribute("notice", draft.supersedes() == null ? "event.addedNotice" : "event.correctedNotice");
        return "redirect:/staff/states/" + state(iso3).iso3();
    }

    private String page(String iso3, Model model) {
        var record = tracker.record();
        State state = state(iso3);
        model.addAttribute("state", state);
        model.addAttribute("standing", record.standing(state, LocalDate.now(), Tracker.NOW));
        model.addAttribute("current", record.events(state.iso3(), Tracker.NOW));
        model.addAttribute("superseded", record.allEntries(state.iso3()).stream()
            .filter(e -> e.supersededAt() != null || e.voided()).toList());
        model.addAttribute("categories", record.categoryAssignments(state.iso3()));
        return "states/staff-state";
    }

    private State state(String iso3) {
        return tracker.record().state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
    }

    private TreatyEvent entry(String iso3, long id) {
        return tracker.record().allEntries(state(iso3).iso3()).stream()
            .filter(e -> e.id() == id && e.supersededAt() == null && !e.voided())
            .findFirst().orElseThrow(() -> new NotFound("error.entryNotFound", id));
    }
}
