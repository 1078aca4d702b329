package org.amicus.states;

import java.time.LocalDate;

/**
 * A fact about a state recorded by another module, published by that module after it is written so
 * that the state's followers are alerted (in the app and by e-mail) as for its treaty record and
 * legislation. The cooperation module publishes its findings, reported visits and checklist
 * assessments this way.
 *
 * @param iso3    the state's ISO 3166-1 alpha-3 code
 * @param kind    the record it belongs to: "COOPERATION"
 * @param subject what happened: "FINDING" (of non-compliance), "TRAVEL" (a visit of a person sought),
 *                "ASSESSMENT" (against a recommendation on cooperation)
 * @param date    the date of the fact
 * @param action  "created" or "voided" (retracted)
 * @param source  where the fact (or its retraction) comes from, shown in the state's Atom feed
 */
public record StateFactRecorded(String iso3, String kind, String subject, LocalDate date, String action, String source) {
}
