package org.amicus.members;

import java.util.List;

/**
 * The names in the members record, for modules that recognise members in text (media monitoring
 * tags stories with the organisations and people they mention, and links bylines to journalists).
 * Deleted, merged and erased records are left out.
 */
public interface MemberNames {

    /** A name to look for and whose it is; outletId is the journalist's outlet, null for others. */
    record Named(long id, String name, String alternative, Long outletId) {
    }

    /** Organisations by name, Latin-script name and acronym. */
    List<Named> organisations();

    /** People by name and Latin-script name. */
    List<Named> people();

    /** People recorded with an outlet: journalists. */
    List<Named> journalists();
}
