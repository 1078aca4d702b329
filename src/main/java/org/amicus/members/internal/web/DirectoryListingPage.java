package org.amicus.members.internal.web;

import org.amicus.members.internal.record.Access;
import org.amicus.members.internal.record.DirectoryListing;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public directory choice on an organisation's page: staff, or the organisation's own member user. */
@Controller
class DirectoryListingPage {

    private final DirectoryListing listing;
    private final Access access;

    DirectoryListingPage(DirectoryListing listing, Access access) {
        this.listing = listing;
        this.access = access;
    }

    @PostMapping("/members/organisations/{id}/directory-listing")
    String choose(@PathVariable long id, @RequestParam(defaultValue = "false") boolean listed, RedirectAttributes flash) {
        access.requireOrganisation(id);
        listing.choose(id, listed);
        flash.addFlashAttribute("notice", listed ? "members.listing.listed" : "members.listing.unlisted");
        return "redirect:/members/organisations/" + id;
    }
}
