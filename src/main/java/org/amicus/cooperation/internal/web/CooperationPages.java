package org.amicus.cooperation.internal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import org.amicus.cooperation.Situation;
import org.amicus.cooperation.internal.record.Cooperation;
import org.amicus.cooperation.internal.record.SituationDeficit;
import org.amicus.cooperation.internal.record.WarrantKind;
import org.amicus.cooperation.internal.record.WarrantStatus;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public cooperation pages: overview, situations, the warrant list, one warrant, the deficit, one state. */
@Controller
@RequestMapping("/cooperation")
class CooperationPages {

    private final Cooperation cooperation;
    private final StatesDirectory states;

    CooperationPages(Cooperation cooperation, StatesDirectory states) {
        this.cooperation = cooperation;
        this.states = states;
    }

    /** Every state's name in the reader's language, for the tables. */
    @ModelAttribute("stateNames")
    Map<String, String> stateNames() {
        Language language = Language.of(LocaleContextHolder.getLocale());
        return states.states().stream().collect(Collectors.toMap(StatesDirectory.StateFacts::iso3, s -> s.name(language)));
    }

    @GetMapping
    String overview(@RequestParam(required = false) String asOf, Model model) {
        LocalDate day = day(asOf, model);
        var warrants = cooperation.warrants(day);
        model.addAttribute("situations", cooperation.situationDeficits(day));
        model.addAttribute("outstanding", warrants.stream().filter(w -> w.status().outstanding()).count());
        model.addAttribute("issued", warrants.size());
        model.addAttribute("findings", cooperation.record().findings(day));
        model.addAttribute("council", cooperation.record().councilActions(day));
        return "cooperation/overview";
    }

    @GetMapping("/situations/{code}")
    String situation(@PathVariable String code, @RequestParam(required = false) String asOf, Model model) {
        LocalDate day = day(asOf, model);
        Situation s = cooperation.situation(code).orElseThrow(() -> new NotFound("cooperation.situationNotFound", code));
        model.addAttribute("situation", s);
        model.addAttribute("deficit", cooperation.situationDeficit(s, day));
        model.addAttribute("warrants", cooperation.warrants(day).stream().filter(w -> w.situation().code().equals(s.code())).toList());
        model.addAttribute("cases", cooperation.cases(s.code()));
        model.addAttribute("council", cooperation.record().councilActions(day).stream()
            .filter(a -> s.code().equals(a.situationCode())).toList());
        return "cooperation/situation";
    }

    @GetMapping("/warrants")
    String warrants(@RequestParam(required = false) String asOf, @RequestParam(required = false) String situation,
            @RequestParam(required = false) String status, @RequestParam(required = false) String kind, Model model) {
        LocalDate day = day(asOf, model);
        WarrantFilter filter = WarrantFilter.of(situation, status, kind);
        model.addAttribute("filter", filter);
        model.addAttribute("warrants", filter.apply(cooperation.warrants(day)));
        model.addAttribute("situations", cooperation.situations());
        model.addAttribute("statuses", WarrantStatus.values());
        model.addAttribute("kinds", WarrantKind.values());
        return "cooperation/warrants";
    }

    @GetMapping("/warrants/{id}")
    String warrant(@PathVariable long id, @RequestParam(required = false) String asOf, Model model) {
        LocalDate day = day(asOf, model);
        var view = cooperation.warrant(id, day).orElseThrow(() -> new NotFound("cooperation.warrantNotFound", id));
        model.addAttribute("w", view);
        model.addAttribute("obliged", cooperation.obligedStates(view.situation(), day).size());
        return "cooperation/warrant";
    }

    @GetMapping("/deficit")
    String deficit(@RequestParam(required = false) String asOf, Model model) {
        LocalDate day = day(asOf, model);
        model.addAttribute("states", cooperation.stateDeficits(day));
        model.addAttribute("situations", cooperation.situationDeficits(day).stream()
            .sorted(Comparator.comparingInt((SituationDeficit d) -> d.outstanding().size())
                .reversed())
            .toList());
        return "cooperation/deficit";
    }

    @GetMapping("/states/{iso3}")
    String state(@PathVariable String iso3, @RequestParam(required = false) String asOf, Model model) {
        LocalDate day = day(asOf, model);
        var state = states.state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
        model.addAttribute("state", state);
        model.addAttribute("party", states.isStateParty(state.iso3(), day));
        model.addAttribute("deficit", cooperation.stateDeficit(state.iso3(), day));
        model.addAttribute("checklist", Checklist.rows(cooperation.record(), state.iso3(), day,
                Language.of(LocaleContextHolder.getLocale())));
        return "cooperation/state";
    }

    private static LocalDate day(String asOf, Model model) {
        LocalDate day = AsOf.parse(asOf);
        model.addAttribute("asOf", day);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        return day;
    }
}
