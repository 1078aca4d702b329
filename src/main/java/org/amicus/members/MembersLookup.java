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

    /** A record a picker offers: {@code type} is "person", "organisation" or "group"; detail says more (a role, a kind). */
    record Match(String type, long id, String name, String country, String detail) {
    }

    /**
     * People, organisations or groups ({@code type}) whose names match the words, best first, at most
     * {@code limit}: people and organisations through the members search (any script, with Latin names),
     * groups by a part of their name.
     */
    java.util.List<Match> find(String type, String words, int limit);

    /**
     * The people, organisations or groups ({@code type}) with these numbers, in that order, for a form to show
     * what it links by name; numbers that name no live record are left out. A person's detail is their office
     * (with its state) and the organisations they are with now; an organisation's, its acronym; a group's, its kind.
     */
    java.util.List<Match> describe(String type, java.util.Collection<Long> ids);

    /** The member organisation (membership status MEMBER, membership covering the day) with this name, Latin name or acronym. */
    Optional<OrganisationRef> memberNamed(String nameOrAcronym, LocalDate on);

    /** The name of a group (national coalition, network, Issue Team), if it exists. */
    Optional<String> groupName(long groupId);
}
