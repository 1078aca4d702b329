package org.amicus.portal.internal.campaigns;

import org.amicus.campaigns.PublicCampaigns;
import org.amicus.platform.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The campaigns the coalition has gone public with and their action alerts, open ones first to sign. */
@Controller
class PublicCampaignsPage {

    private final PublicCampaigns campaigns;

    PublicCampaignsPage(PublicCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns")
    String campaigns(Model model) {
        model.addAttribute("campaigns", campaigns.campaigns(Language.of(LocaleContextHolder.getLocale())));
        return "portal/campaigns";
    }
}
