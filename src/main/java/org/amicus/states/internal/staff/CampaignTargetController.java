package org.amicus.states.internal.staff;

import java.text.Collator;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.states.internal.record.PlanTargets;
import org.amicus.states.internal.record.Tracker;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff choose the Universal Ratification Campaign's state of the month; every choice is kept. */
@Controller
@RequestMapping("/staff/campaign-targets")
class CampaignTargetController {

    private final PlanTargets targets;
    private final Tracker tracker;

    CampaignTargetController(PlanTargets targets, Tracker tracker) {
        this.targets = targets;
        this.tracker = tracker;
    }

    @GetMapping
    String list(Model model) {
        var locale = LocaleContextHolder.getLocale();
        var language = Language.of(locale);
        model.addAttribute("targets", targets.campaignTargets());
        model.addAttribute("states", tracker.record().states().stream()
            .sorted(Comparator.comparing(s -> s.name(language), Collator.getInstance(locale))).toList());
        model.addAttribute("thisMonth", YearMonth.now(ZoneOffset.UTC).toString());
        return "states/campaign-targets";
    }

    @PostMapping
    String choose(@RequestParam(required = false) String month, @RequestParam(required = false) String iso3,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        try {
            targets.chooseCampaignTarget(month(month), iso3, note);
            flash.addFlashAttribute("notice", "campaign.saved");
        } catch (RejectedInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/staff/campaign-targets";
    }

    private static YearMonth month(String value) {
        try {
            return value == null || value.isBlank() ? null : YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RejectedInput("month", "param.badMonth", value);
        }
    }
}
