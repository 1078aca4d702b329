package org.amicus.members.internal.web;

import org.amicus.members.internal.record.Access;
import org.amicus.members.internal.record.DirectoryListing;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The public directory choice in the API. */
@RestController
class DirectoryListingApi {

    /** Whether the organisation appears in the portal's public directory of members. */
    record Listing(boolean listedInDirectory) {
    }

    private final DirectoryListing listing;
    private final Access access;

    DirectoryListingApi(DirectoryListing listing, Access access) {
        this.listing = listing;
        this.access = access;
    }

    @Operation(summary = "Whether an organisation is listed in the public directory (staff, or a member user of that organisation)")
    @GetMapping("/api/v1/members/organisations/{id}/directory-listing")
    Listing get(@PathVariable long id) {
        access.requireOrganisation(id);
        return new Listing(listing.listed(id));
    }

    @Operation(summary = "List an organisation in the public directory, or take it out (staff, or a member user of that organisation)")
    @PutMapping("/api/v1/members/organisations/{id}/directory-listing")
    Listing choose(@PathVariable long id, @RequestBody Listing choice) {
        access.requireOrganisation(id);
        listing.choose(id, choice.listedInDirectory());
        return new Listing(listing.listed(id));
    }
}
