package org.amicus.portal.internal.home;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.amicus.campaigns.PublicCampaigns;
import org.amicus.platform.Language;
import org.amicus.publications.PublicationsDigest;
import org.amicus.states.CountryRecord;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the coalition is and what is happening now, each part from its module. Reads without JavaScript. */
@Controller
class PortalHomePage {

    private final StatesDirectory states;
    private final CountryRecord countries;
    private final PublicCampaigns campaigns;
    private final PublicationsDigest publications;

    PortalHomePage(StatesDirectory states, CountryRecord countries, PublicCampaigns campaigns, PublicationsDigest publications) {
        this.states = states;
        this.countries = countries;
        this.campaigns = campaigns;
        this.publications = publications;
    }

    @GetMapping("/")
    String home(Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("today", today);
        model.addAttribute("statesParties", states.statesPartiesCount(today));
        model.addAttribute("statesCount", states.states().size());
        model.addAttribute("campaignState", countries.campaignTarget(YearMonth.from(today)).flatMap(states::state).orElse(null));
        model.addAttribute("alerts", campaigns.openAlerts(language).stream().limit(4).toList());
        model.addAttribute("news", publications.latestNews(language, 5));
        model.addAttribute("editions", publications.latestEditions(language, 3));
        model.addAttribute("dates", publications.upcomingDates(today, 5));
        return "portal/home";
    }
}
