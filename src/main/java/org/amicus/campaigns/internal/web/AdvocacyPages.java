package org.amicus.campaigns.internal.web;

import java.util.List;
import java.util.Locale;

import org.amicus.campaigns.AdvocacyRecord;
import org.amicus.campaigns.AdvocacyRecord.PublicActivity;
import org.amicus.platform.NotFound;
import org.amicus.states.StatesDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The coalition's advocacy with a state as the public reads it: the reviewed public summaries only, as
 * a page in five languages and as JSON. The fragment {@code campaigns/advocacy-public :: summaries(activities)}
 * lets a country page show the same list (fed by {@link AdvocacyRecord#publicWithState}).
 */
@Controller
class AdvocacyPages {

    private final AdvocacyRecord advocacy;
    private final StatesDirectory states;

    AdvocacyPages(AdvocacyRecord advocacy, StatesDirectory states) {
        this.advocacy = advocacy;
        this.states = states;
    }

    @GetMapping("/advocacy/states/{iso3}")
    String page(@PathVariable String iso3, Model model) {
        String code = known(iso3);
        model.addAttribute("state", states.state(code).orElseThrow());
        model.addAttribute("activities", advocacy.publicWithState(code));
        return "campaigns/advocacy-public";
    }

    @GetMapping("/api/v1/advocacy-summaries/states/{iso3}")
    @ResponseBody
    @Operation(summary = "The advocacy with a state that the public may read: reviewed public summaries of unrestricted activities, newest first")
    List<PublicActivity> json(@PathVariable String iso3) {
        return advocacy.publicWithState(known(iso3));
    }

    private String known(String iso3) {
        String code = iso3.toUpperCase(Locale.ROOT);
        if (states.state(code).isEmpty()) {
            throw new NotFound("campaigns.state.notFound", iso3);
        }
        return code;
    }
}
