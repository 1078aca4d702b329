package org.amicus.members;

import java.time.LocalDate;
import java.util.Optional;

/** Look-ups the campaigns ask of the members record: who holds an office, which organisations are members. */
public interface MembersLookup {

    /**
     * The official holding {@code office} for the state {@code iso3} on {@code on}: the person whose office
     * (case and surrounding spaces ignored) and office state match and whose term covers the day; the most
     * recent term wins when terms overlap.
     */
    Optional<PersonRef> officeHolder(String office, String iso3, LocalDate on);

    /**
     * Everyone holding {@code office} on {@code on}, whatever their office state (the seats of a body such as
     * the ASP Bureau, held by whichever states were elected): the most recent terms first.
     */
    java.util.List<PersonRef> officeHolders(String office, LocalDate on);

    /** The member organisation (membership status MEMBER, membership covering the day) with this name, Latin name or acronym. */
    Optional<OrganisationRef> memberNamed(String nameOrAcronym, LocalDate on);

    /** The name of a group (national coalition, network, Issue Team), if it exists. */
    Optional<String> groupName(long groupId);
}
