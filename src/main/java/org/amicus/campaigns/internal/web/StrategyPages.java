package org.amicus.campaigns.internal.web;

import org.amicus.campaigns.internal.strategy.Strategies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public summary of the coalition's strategies: every goal measured against the record. */
@Controller
class StrategyPages {

    private final Strategies strategies;
    private final Dashboard dashboard;

    StrategyPages(Strategies strategies, Dashboard dashboard) {
        this.strategies = strategies;
        this.dashboard = dashboard;
    }

    @GetMapping("/strategy")
    String list(Model model) {
        model.addAttribute("strategies", strategies.all());
        return "strategy/list";
    }

    @GetMapping("/strategy/{id}")
    String summary(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
        dashboard.show(strategies.get(id), asOf, model);
        return "strategy/summary";
    }
}
