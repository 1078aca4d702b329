package org.amicus.court.internal.budget;

/** The appropriation sections of the Court's programme budget, and TOTAL for the whole of it. */
public enum Programme {
    /** Major Programme I */
    JUDICIARY,
    /** II */
    PROSECUTOR,
    /** III */
    REGISTRY,
    /** IV */
    ASP_SECRETARIAT,
    /** V */
    PREMISES,
    /** VI */
    TFV_SECRETARIAT,
    /** VII-2 */
    HOST_STATE_LOAN,
    /** VII-5 */
    OVERSIGHT_MECHANISM,
    /** VII-6 */
    INTERNAL_AUDIT,
    /** The appropriations in total, which the sections must add up to. */
    TOTAL
}
