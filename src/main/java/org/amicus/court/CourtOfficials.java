package org.amicus.court;

import java.time.LocalDate;
import java.util.List;

/** The people who hold or held an office of the Court or the Assembly, as staff recorded them (media tags them in stories). */
public interface CourtOfficials {

    /** An office holder: the name as recorded, the office, and the dates (until null while in office). */
    record Official(long id, String name, String office, LocalDate from, LocalDate until) {
    }

    List<Official> officials();
}
