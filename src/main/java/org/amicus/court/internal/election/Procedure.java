package org.amicus.court.internal.election;

/** Article 36(4)(a): the procedure under which a State Party nominated a judicial candidate. */
public enum Procedure {
    /** (i) the procedure for nominating to the highest judicial offices of the State */
    HIGHEST_JUDICIAL_OFFICES,
    /** (ii) the procedure for nominating candidates for the International Court of Justice */
    ICJ_PROCEDURE
}
