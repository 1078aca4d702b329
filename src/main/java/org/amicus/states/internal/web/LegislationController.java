package org.amicus.states.internal.web;

import java.text.Collator;
import java.util.Comparator;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.states.internal.legislation.Legislation;
import org.amicus.states.internal.legislation.StageRules;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.watch.WatchList;
import org.amicus.states.internal.web.LegislationViews.WatchView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of national implementing legislation: a state's record and the watch list. */
@Controller
class LegislationController {

    private final Tracker tracker;
    private final Legislation legislation;
    private final WatchList watchList;

    LegislationController(Tracker tracker, Legislation legislation, WatchList watchList) {
        this.tracker = tracker;
        this.legislation = legislation;
        this.watchList = watchList;
    }

    @GetMapping("/states/{iso3}/legislation")
    String state(@PathVariable String iso3, @RequestParam(required = false) String asOf, Model model) {
        Query q = Query.of(asOf, null);
        State state = tracker.record().state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
        model.addAttribute("asOf", q.asOf());
        model.addAttribute("state", state);
        model.addAttribute("standing", legislation.standing(state.iso3(), q.asOf(), q.knownAt()).values());
        model.addAttribute("entries", legislation.entries(state.iso3(), q.knownAt()).stream()
            .filter(e -> !e.date().isAfter(q.asOf())).sorted(StageRules.CHRONOLOGICAL.reversed()).toList());
        model.addAttribute("watch", watchList.current().stream()
            .filter(w -> w.iso3().equals(state.iso3()) && w.watchedOn(q.asOf())).findFirst().orElse(null));
        return "states/legislation";
    }

    @GetMapping("/watch-list")
    String watchList(@RequestParam(required = false) String asOf, Model model) {
        Query q = Query.of(asOf, null);
        var locale = LocaleContextHolder.getLocale();
        Language language = Language.of(locale);
        var record = tracker.record();
        model.addAttribute("asOf", q.asOf());
        model.addAttribute("rows", watchList.on(q.asOf()).stream()
            .map(w -> WatchView.of(w, record.state(w.iso3()).orElseThrow(), language,
                    legislation.standing(w.iso3(), q.asOf(), Tracker.NOW)))
            .sorted(Comparator.comparing(WatchView::name, Collator.getInstance(locale)))
            .toList());
        return "states/watch-list";
    }
}
