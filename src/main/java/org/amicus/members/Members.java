package org.amicus.members;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask of the members record. */
public interface Members {

    Optional<OrganisationRef> organisation(long id);

    Optional<PersonRef> person(long id);

    /** The organisation a signed-in member speaks for, if their account is linked to one. */
    Optional<OrganisationRef> organisationOf(String username);

    /** The people a smart group finds now (its query is evaluated on every call), merged and erased people left out. */
    List<PersonRef> audience(long smartGroupId);

    /** Whether the person's newest consent for this purpose is a grant. */
    boolean hasConsent(long personId, Purpose purpose);

    /** Those of the people whose newest consent for this purpose is a grant: one check for a whole audience. */
    Set<Long> consenting(Collection<Long> personIds, Purpose purpose);

    /** Those of the people whose newest consent for this purpose is a withdrawal (people with no record are not among them). */
    Set<Long> declining(Collection<Long> personIds, Purpose purpose);

    /** Every live journalist (a person with an outlet or a beat): whom the press office can choose segments from. */
    List<Journalist> journalists();

    /**
     * Records a consent given on a public form (an action alert): for the live person with this e-mail
     * address, or, when nobody has it, for a new person made from what they typed (name, ISO3 country,
     * language code). The consent keeps its date and source ("action alert ..."). Returns the person's id.
     */
    long recordConsent(String email, String name, String country, String language, Purpose purpose, java.time.LocalDate givenOn,
            String source);

    /**
     * Whether a signed-in member belongs to the national coalition of a state today: their
     * organisation (the one their account speaks for) or their person (by e-mail address) is a
     * current member of a NATIONAL_COALITION group of that country.
     */
    boolean inNationalCoalition(String username, String iso3);
}
