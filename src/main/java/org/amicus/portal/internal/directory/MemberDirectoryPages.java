package org.amicus.portal.internal.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amicus.members.MemberDirectory;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.states.StatesDirectory;
import org.amicus.states.StatesDirectory.StateFacts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * About the coalition and its members: the public directory of the member organisations that chose
 * to be listed, searched by name in any script and filtered by country and region, and each one's
 * public profile. Nothing personal is shown.
 */
@Controller
class MemberDirectoryPages {

    private final MemberDirectory directory;
    private final StatesDirectory states;

    MemberDirectoryPages(MemberDirectory directory, StatesDirectory states) {
        this.directory = directory;
        this.states = states;
    }

    @GetMapping("/about")
    String about(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String region, Model model) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        Map<String, StateFacts> byIso = states.states().stream().collect(Collectors.toMap(StateFacts::iso3, Function.identity()));
        var listed = directory.listed(q, byIso.containsKey(upper(country)) ? upper(country) : null, region);
        model.addAttribute("q", q);
        model.addAttribute("country", upper(country));
        model.addAttribute("region", region);
        model.addAttribute("organisations", listed);
        model.addAttribute("stateNames", byIso.values().stream().collect(Collectors.toMap(StateFacts::iso3, s -> s.name(language))));
        model.addAttribute("countries", byIso.values().stream()
            .sorted(Comparator.comparing(s -> s.name(language), java.text.Collator.getInstance(language.locale()))).toList());
        model.addAttribute("regions", directory.listedRegions());
        return "portal/about";
    }

    @GetMapping("/about/members/{id}")
    String organisation(@PathVariable String id, Model model) {
        var organisation = parse(id).flatMap(directory::listedOrganisation)
            .orElseThrow(() -> new NotFound("portal.error.organisationNotFound", id));
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("organisation", organisation);
        model.addAttribute("pageTitle", organisation.name());
        model.addAttribute("countryName", organisation.country() == null ? null
                : states.state(organisation.country()).map(s -> s.name(language)).orElse(organisation.country()));
        model.addAttribute("sameCountry", organisation.country() == null ? List.of()
                : directory.listed(null, organisation.country(), null).stream().filter(o -> o.id() != organisation.id()).toList());
        return "portal/organisation";
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
