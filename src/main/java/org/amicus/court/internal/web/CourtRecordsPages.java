package org.amicus.court.internal.web;

import org.amicus.court.internal.budget.AssessedContributions;
import org.amicus.court.internal.victims.ReparationsOrders;
import org.amicus.platform.Language;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Public pages: victims (reparations orders, legal aid) and the States Parties' contributions by group. */
@Controller
@RequestMapping("/court")
class CourtRecordsPages {

    private final ReparationsOrders orders;
    private final AssessedContributions contributions;
    private final StatesDirectory states;

    CourtRecordsPages(ReparationsOrders orders, AssessedContributions contributions, StatesDirectory states) {
        this.orders = orders;
        this.contributions = contributions;
        this.states = states;
    }

    @GetMapping("/victims")
    String victims(Model model) {
        model.addAttribute("orders", orders.orders());
        model.addAttribute("legalAid", orders.legalAid());
        return "court/victims";
    }

    @GetMapping("/contributions")
    String contributions(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("groups", contributions.byGroup());
        model.addAttribute("figures", contributions.current());
        model.addAttribute("stateNames", states.states().stream()
            .collect(java.util.stream.Collectors.toMap(StatesDirectory.StateFacts::iso3, s -> s.name(language))));
        return "court/contributions";
    }
}
