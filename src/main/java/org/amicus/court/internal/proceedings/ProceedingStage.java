package org.amicus.court.internal.proceedings;

/** Where a situation or a case stands before the Court. */
public enum ProceedingStage {
    PRELIMINARY_EXAMINATION(true, false), INVESTIGATION(true, false), PRE_TRIAL(false, true), TRIAL(false, true),
    APPEAL(false, true), REPARATIONS(false, true), CLOSED(true, true);

    private final boolean ofSituation;
    private final boolean ofCase;

    ProceedingStage(boolean ofSituation, boolean ofCase) {
        this.ofSituation = ofSituation;
        this.ofCase = ofCase;
    }

    /** Preliminary examination and investigation are stages of a situation; pre-trial to reparations of a case; both close. */
    public boolean fits(boolean isCase) {
        return isCase ? ofCase : ofSituation;
    }
}
