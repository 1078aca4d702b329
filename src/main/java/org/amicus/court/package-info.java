/**
 * Monitoring the Court: elections of judges and other officials under the Assembly's rules (minimum
 * voting requirements, ballots, round-by-round tallies), the coalition's questionnaires to
 * candidates, and the Court's budget by year and major programme. Situations and cases are read from
 * the cooperation module, never copied.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Court monitoring",
        allowedDependencies = { "platform", "states", "cooperation", "members", "mail" })
package org.amicus.court;
