package org.amicus.states.internal.watch;

/** A watch-list entry as staff typed it (or a line of the shipped file), not yet checked. */
public record WatchDraft(int line, String iso3, String validFrom, String validTo, String staffLead,
        String nationalCoalition, String partners, String nextStep, String nextStepDue, String source) {
}
