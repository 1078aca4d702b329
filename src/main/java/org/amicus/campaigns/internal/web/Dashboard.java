package org.amicus.campaigns.internal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.amicus.campaigns.internal.strategy.Evaluator;
import org.amicus.campaigns.internal.strategy.Strategy;
import org.amicus.platform.Language;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the public summary and the staff dashboard both show: every goal's progress on a date, states named in the reader's language. */
@Component
public class Dashboard {

    private final Evaluator evaluator;
    private final StatesDirectory states;

    Dashboard(Evaluator evaluator, StatesDirectory states) {
        this.evaluator = evaluator;
        this.states = states;
    }

    public void show(Strategy strategy, String asOf, Model model) {
        LocalDate day = AsOf.parse(asOf);
        Language language = Language.of(LocaleContextHolder.getLocale());
        Map<String, String> names = new HashMap<>();
        states.states().forEach(s -> names.put(s.iso3(), s.name(language)));
        model.addAttribute("strategy", strategy);
        model.addAttribute("progress", evaluator.evaluate(strategy, day));
        model.addAttribute("stateNames", names);
        model.addAttribute("asOf", day);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
    }
}
