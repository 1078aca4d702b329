package org.amicus.campaigns.internal.staff;

import java.util.List;
import java.util.Set;

import org.amicus.members.MembersLookup;
import org.amicus.members.MembersLookup.Match;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Finding the CRM's people, organisations and groups by name for the staff forms, which link them by
 * number: a search page that shows each match with its number (no script needed), and the same
 * search as JSON for the autocomplete beside each field ({@code js/pick.js}) that adds the number for you.
 */
@Controller
class StaffPicker {

    private static final Set<String> KINDS = Set.of("person", "organisation", "group");

    private final MembersLookup lookup;

    StaffPicker(MembersLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/staff/pick")
    String page(@RequestParam(defaultValue = "person") String kind, @RequestParam(required = false) String q, Model model) {
        String k = known(kind);
        model.addAttribute("kind", k);
        model.addAttribute("q", q);
        model.addAttribute("matches", find(k, q));
        return "campaigns/pick";
    }

    @GetMapping("/staff/pick.json")
    @ResponseBody
    List<Match> json(@RequestParam(defaultValue = "person") String kind, @RequestParam(required = false) String q) {
        return find(known(kind), q);
    }

    private List<Match> find(String kind, String q) {
        return q == null || q.strip().length() < 2 ? List.of() : lookup.find(kind, q.strip(), 20);
    }

    private static String known(String kind) {
        return KINDS.contains(kind) ? kind : "person";
    }
}
