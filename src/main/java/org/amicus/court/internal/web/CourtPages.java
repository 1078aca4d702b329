package org.amicus.court.internal.web;

import org.amicus.court.internal.budget.Budgets;
import org.amicus.court.internal.budget.Programme;
import org.amicus.court.internal.budget.Recommendations;
import org.amicus.court.internal.campaign.NominationCampaign;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.questionnaire.Questionnaires;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.amicus.cooperation.Situations;
import org.amicus.court.internal.conference.SessionItems;
import org.amicus.court.internal.conference.Teams;
import org.amicus.court.internal.organs.OfficeHolders;
import org.amicus.court.internal.organs.Organ;
import org.amicus.court.internal.proceedings.Proceedings;
import org.amicus.court.internal.victims.Projects;
import org.amicus.platform.Language;
import org.amicus.states.StatesDirectory;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The public pages of Court monitoring: elections with their tallies and questionnaires, and the budget. */
@Controller
@RequestMapping("/court")
class CourtPages {

    private final Elections elections;
    private final Questionnaires questionnaires;
    private final Budgets budgets;
    private final StatesDirectory states;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Proceedings proceedings;
    private final Situations situations;
    private final SessionItems sessionItems;
    private final OfficeHolders holders;
    private final Projects projects;
    private final Recommendations recommendations;
    private final Teams teams;
    private final NominationCampaign campaign;

    CourtPages(Elections elections, Questionnaires questionnaires, Budgets budgets, StatesDirectory states, MessageSource messages,
            JsonMapper json, Proceedings proceedings, Situations situations, SessionItems sessionItems, OfficeHolders holders,
            Projects projects, Recommendations recommendations, Teams teams, NominationCampaign campaign) {
        this.campaign = campaign;
        this.teams = teams;
        this.recommendations = recommendations;
        this.projects = projects;
        this.holders = holders;
        this.proceedings = proceedings;
        this.situations = situations;
        this.sessionItems = sessionItems;
        this.elections = elections;
        this.questionnaires = questionnaires;
        this.budgets = budgets;
        this.states = states;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("elections", elections.all());
        return "court/overview";
    }

    @GetMapping("/elections/{id}")
    String election(@PathVariable long id, Model model) {
        model.addAttribute("view", ElectionView.of(elections, id));
        model.addAttribute("published", questionnaires.published(id));
        model.addAttribute("assessments", campaign.assessments(id));
        model.addAttribute("statements", campaign.statements(id));
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("language", language);
        Map<String, String> names = new HashMap<>();
        states.states().forEach(s -> names.put(s.iso3(), s.name(language)));
        model.addAttribute("stateNames", names);
        return "court/election";
    }

    /** Each situation of the cooperation record with the stages of the situation and its cases. */
    @GetMapping("/situations")
    String situations(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("situations", situations.situations());
        model.addAttribute("language", language);
        model.addAttribute("stages", proceedings.entries());
        model.addAttribute("projects", projects.all().stream()
            .collect(java.util.stream.Collectors.groupingBy(org.amicus.court.internal.victims.Project::situationCode)));
        return "court/situations";
    }

    /** The organs and bodies with the people in each office, today's first, then those before them. */
    @GetMapping("/organs")
    String organs(Model model) {
        model.addAttribute("organs", Organ.values());
        model.addAttribute("holders", holders.all());
        model.addAttribute("today", java.time.LocalDate.now());
        return "court/organs";
    }

    @GetMapping("/sessions")
    String sessions(Model model) {
        model.addAttribute("items", sessionItems.all(Language.of(LocaleContextHolder.getLocale())));
        model.addAttribute("teams", teams.byItem());
        return "court/sessions";
    }

    @GetMapping("/budget")
    String budget(Model model) {
        model.addAttribute("years", budgets.years());
        model.addAttribute("figures", budgets.figures());
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("recommendations", recommendations.all());
        var locale = LocaleContextHolder.getLocale();
        var codes = Arrays.stream(Programme.values()).map(Enum::name).toList();
        var names = codes.stream().map(c -> messages.getMessage("court.programme." + c, null, locale)).toList();
        var rows = budgets.years().stream().map(y -> Map.of("year", y.year(), "stage", y.stage().name(), "amounts", y.amounts(),
                "total", y.total() == null ? 0L : y.total())).toList();
        model.addAttribute("chartJson", json.writeValueAsString(Map.of("codes", codes, "names", names, "rows", rows)));
        return "court/budget";
    }
}
