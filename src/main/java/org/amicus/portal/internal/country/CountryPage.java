package org.amicus.portal.internal.country;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.amicus.campaigns.AdvocacyRecord;
import org.amicus.campaigns.PublicCampaigns;
import org.amicus.cooperation.Situations;
import org.amicus.cooperation.StateCooperation;
import org.amicus.media.MediaCoverage;
import org.amicus.members.MemberDirectory;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.publications.PublicationsDigest;
import org.amicus.states.CountryRecord;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One place for a state: the portal gathers it from each module's public API (the states module
 * cannot, since cooperation, campaigns and media depend on it). The tracker's own country page at
 * /states/{iso3} stays the detailed treaty record (any date, as known at any moment, following).
 */
@Controller
class CountryPage {

    private static final int CLIPS = 8;
    /** Coverage of the Court cannot be older than the treaty: the floor of "every story, newest first". */
    private static final LocalDate ROME_STATUTE_ADOPTED = LocalDate.of(1998, 7, 17);
    private static final int DATES = 4;

    private final StatesDirectory states;
    private final CountryRecord countries;
    private final StateCooperation cooperation;
    private final Situations situations;
    private final MemberDirectory members;
    private final PublicCampaigns campaigns;
    private final AdvocacyRecord advocacy;
    private final MediaCoverage media;
    private final PublicationsDigest publications;

    CountryPage(StatesDirectory states, CountryRecord countries, StateCooperation cooperation, Situations situations,
            MemberDirectory members, PublicCampaigns campaigns, AdvocacyRecord advocacy, MediaCoverage media,
            PublicationsDigest publications) {
        this.states = states;
        this.countries = countries;
        this.cooperation = cooperation;
        this.situations = situations;
        this.members = members;
        this.campaigns = campaigns;
        this.advocacy = advocacy;
        this.media = media;
        this.publications = publications;
    }

    @GetMapping("/countries/{iso3}")
    String country(@PathVariable String iso3, Principal who, Model model) {
        String code = iso3.toUpperCase(Locale.ROOT);
        var state = states.state(code).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
        Language language = Language.of(LocaleContextHolder.getLocale());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("state", state);
        model.addAttribute("pageTitle", state.name(language));
        model.addAttribute("today", today);
        model.addAttribute("record", countries.country(code, today).orElseThrow());
        model.addAttribute("cooperation", cooperation.standing(code, today));
        model.addAttribute("situations", situations.situations().stream().filter(s -> code.equals(s.iso3())).toList());
        model.addAttribute("coalitions", members.nationalCoalitions(code));
        model.addAttribute("members", members.listed(null, code, null));
        model.addAttribute("campaigns", campaigns.targeting(code, language));
        model.addAttribute("advocacy", isStaff(who) ? advocacy.withState(code, who.getName()) : List.of());
        model.addAttribute("publicAdvocacy", advocacy.publicWithState(code));
        model.addAttribute("coverage", media.ofStates(List.of(code), ROME_STATUTE_ADOPTED, null, CLIPS).newest());
        model.addAttribute("dates", publications.upcomingDates(today, DATES));
        return "portal/country";
    }

    private static boolean isStaff(Principal who) {
        return who instanceof Authentication a && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_STAFF")
                || g.getAuthority().equals("ROLE_ADMIN"));
    }
}
