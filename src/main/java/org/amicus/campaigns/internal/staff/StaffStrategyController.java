package org.amicus.campaigns.internal.staff;


import org.amicus.campaigns.internal.strategy.Drafts.GoalDraft;
import org.amicus.campaigns.internal.strategy.Drafts.StrategyDraft;
import org.amicus.campaigns.internal.strategy.Strategies;
import org.amicus.campaigns.internal.strategy.Strategy;
import org.amicus.campaigns.internal.strategy.Target;
import org.amicus.campaigns.internal.web.Dashboard;
import org.amicus.platform.Forms;
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
 * Staff plan: create and edit strategies and their goals, and read the dashboard. Rejected input
 * comes back beside its fields with what was typed; every change is in the history.
 */
@Controller
@RequestMapping("/staff/strategy")
class StaffStrategyController {

    private final Strategies strategies;
    private final Dashboard dashboard;

    StaffStrategyController(Strategies strategies, Dashboard dashboard) {
        this.strategies = strategies;
        this.dashboard = dashboard;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("metricKeys", strategies.metrics().keySet().stream().sorted().toList());
        model.addAttribute("targetKinds", Target.Kind.values());
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new StrategyDraft(null, null, null, null, null, null));
        }
        model.addAttribute("strategies", strategies.all());
        return "strategy/staff-list";
    }

    @PostMapping
    String create(@ModelAttribute("draft") StrategyDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> "redirect:/staff/strategy/" + strategies.create(draft).id(), "strategy.staff.created", flash, model,
                () -> list(model));
    }

    @GetMapping("/{id}")
    String dashboard(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
        Strategy s = strategies.get(id);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new StrategyDraft(s.title(), s.periodStart().toString(), s.periodEnd().toString(),
                    s.aimsUntil() == null ? null : s.aimsUntil().toString(), String.join("\n", s.areas()), s.source()));
        }
        if (!model.containsAttribute("goal")) {
            model.addAttribute("goal", new GoalDraft(null, null, null, null, null, null, null, null, null));
        }
        dashboard.show(s, asOf, model);
        return "strategy/dashboard";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("draft") StrategyDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            strategies.update(id, draft);
            return "redirect:/staff/strategy/" + id;
        }, "strategy.staff.saved", flash, model, () -> dashboard(id, null, model));
    }

    @PostMapping("/{id}/goals")
    String addGoal(@PathVariable long id, @ModelAttribute("goal") GoalDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            strategies.addGoal(id, draft);
            return "redirect:/staff/strategy/" + id;
        }, "strategy.staff.goalAdded", flash, model, () -> dashboard(id, null, model));
    }

    @GetMapping("/{id}/goals/{goalId}")
    String goal(@PathVariable long id, @PathVariable long goalId, Model model) {
        if (!model.containsAttribute("goal")) {
            model.addAttribute("goal", GoalDraft.of(strategies.goal(id, goalId)));
        }
        model.addAttribute("strategy", strategies.get(id));
        model.addAttribute("goalId", goalId);
        return "strategy/goal";
    }

    @PostMapping("/{id}/goals/{goalId}")
    String updateGoal(@PathVariable long id, @PathVariable long goalId, @ModelAttribute("goal") GoalDraft draft, Model model,
            RedirectAttributes flash) {
        return Forms.submit(() -> {
            strategies.updateGoal(id, goalId, draft);
            return "redirect:/staff/strategy/" + id;
        }, "strategy.staff.saved", flash, model, () -> goal(id, goalId, model));
    }

    @PostMapping("/{id}/goals/{goalId}/remove")
    String removeGoal(@PathVariable long id, @PathVariable long goalId, RedirectAttributes flash) {
        strategies.removeGoal(id, goalId);
        flash.addFlashAttribute("notice", "strategy.staff.goalRemoved");
        return "redirect:/staff/strategy/" + id;
    }
}
