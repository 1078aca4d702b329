package org.amicus.states.internal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.states.internal.following.Following;
import org.amicus.states.internal.legislation.Legislation;
import org.amicus.states.internal.record.PlanTargets;
import org.amicus.states.internal.record.RomeStatute;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.Status;
import org.amicus.states.internal.record.TargetCategory;
import org.amicus.states.internal.record.Tracker;
import org.amicus.states.internal.record.UnRegionalGroup;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public tracker and the country pages (the home page is the portal's). */
@Controller
class TrackerController {

    private final Tracker tracker;
    private final PlanTargets targets;
    private final Legislation legislation;
    private final Following following;

    TrackerController(Tracker tracker, PlanTargets targets, Legislation legislation, Following following) {
        this.tracker = tracker;
        this.targets = targets;
        this.legislation = legislation;
        this.following = following;
    }

    @GetMapping("/tracker")
    String tracker(@RequestParam(required = false) String asOf, @RequestParam(required = false) String region,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        Query q = Query.of(asOf, null);
        Filters filters = Filters.of(region, status, category, sort, dir);
        Language language = Language.of(LocaleContextHolder.getLocale());
        List<StateRow> rows = tracker.standings(q.asOf(), q.knownAt()).stream().map(s -> StateRow.of(s, language)).toList();
        model.addAttribute("asOf", q.asOf());
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("firstDay", RomeStatute.ADOPTED);
        model.addAttribute("summary", tracker.summary(q.asOf(), q.knownAt()));
        model.addAttribute("rows", filters.apply(rows, LocaleContextHolder.getLocale()));
        model.addAttribute("filters", filters);
        model.addAttribute("regions", UnRegionalGroup.values());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("categories", TargetCategory.values());
        model.addAttribute("campaignTarget", currentCampaignTarget(language));
        return "states/tracker";
    }

    @GetMapping("/states/{iso3}")
    String country(@PathVariable String iso3, @RequestParam(required = false) String asOf, java.security.Principal who,
            Model model) {
        Query q = Query.of(asOf, null);
        var record = tracker.record();
        State state = record.state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
        model.addAttribute("asOf", q.asOf());
        model.addAttribute("state", state);
        model.addAttribute("standing", record.standing(state, q.asOf(), q.knownAt()));
        model.addAttribute("events", record.events(state.iso3(), q.knownAt()).stream()
            .filter(e -> !e.date().isAfter(q.asOf())).toList());
        model.addAttribute("categories", record.categoryAssignments(state.iso3()).stream()
            .sorted(Comparator.comparing(c -> c.validFrom())).toList());
        model.addAttribute("campaignMonths", targets.campaignTargets().stream()
            .filter(t -> t.supersededAt() == null && t.iso3().equals(state.iso3())).toList());
        model.addAttribute("legislation", legislation.standing(state.iso3(), q.asOf(), q.knownAt()).values());
        model.addAttribute("following", who != null && following.follows(who.getName(), state.iso3()));
        return "states/country";
    }

    private String currentCampaignTarget(Language language) {
        var month = java.time.YearMonth.now(ZoneOffset.UTC);
        return targets.campaignTargets().stream()
            .filter(t -> t.supersededAt() == null && t.month().equals(month))
            .findFirst()
            .flatMap(t -> tracker.record().state(t.iso3()))
            .map(s -> s.name(language))
            .orElse(null);
    }
}
