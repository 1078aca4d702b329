package org.amicus.members;

import java.util.List;
import java.util.Optional;

/**
 * The public directory of member organisations, for the portal: only current members (membership
 * status MEMBER) that chose to be listed, never deleted or merged ones, and nothing personal.
 */
public interface MemberDirectory {

    /** What the public may read of a listed organisation; coalition names the national coalition it belongs to, if any. */
    record ListedOrganisation(long id, String name, String nameLatin, String acronym, String country, String region,
            String city, String website, Optional<Coalition> coalition) {
    }

    /** A national coalition (a member group of kind NATIONAL_COALITION) and its country. */
    record Coalition(long id, String name, String country) {
    }

    /**
     * The listed organisations whose name, Latin-script name or acronym matches the words (any
     * script; blank for all), in a country (ISO3, blank for any) and a region (blank for any),
     * ordered by name.
     */
    List<ListedOrganisation> listed(String words, String country, String region);

    Optional<ListedOrganisation> listedOrganisation(long id);

    /** The national coalitions of a country (usually one). */
    List<Coalition> nationalCoalitions(String iso3);

    /** The regions the listed organisations are in, for a filter. */
    List<String> listedRegions();
}
