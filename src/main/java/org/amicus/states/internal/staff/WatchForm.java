package org.amicus.states.internal.staff;

import org.amicus.states.internal.watch.WatchDraft;
import org.amicus.states.internal.watch.WatchEntry;

/** The staff form for a state's watch-list entry. */
public class WatchForm {

    private String validFrom;
    private String validTo;
    private String staffLead;
    private String nationalCoalition;
    private String partners;
    private String nextStep;
    private String nextStepDue;
    private String source;

    static WatchForm of(WatchEntry e) {
        WatchForm f = new WatchForm();
        if (e != null) {
            f.validFrom = e.validFrom().toString();
            f.validTo = e.validTo() == null ? null : e.validTo().toString();
            f.staffLead = e.staffLead();
            f.nationalCoalition = e.nationalCoalition();
            f.partners = e.partners();
            f.nextStep = e.nextStep();
            f.nextStepDue = e.nextStepDue() == null ? null : e.nextStepDue().toString();
        }
        return f;
    }

    WatchDraft draft(String iso3) {
        return new WatchDraft(0, iso3, validFrom, validTo, staffLead, nationalCoalition, partners, nextStep, nextStepDue,
                source);
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }

    public String getStaffLead() {
        return staffLead;
    }

    public void setStaffLead(String staffLead) {
        this.staffLead = staffLead;
    }

    public String getNationalCoalition() {
        return nationalCoalition;
    }

    public void setNationalCoalition(String nationalCoalition) {
        this.nationalCoalition = nationalCoalition;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public String getNextStepDue() {
        return nextStepDue;
    }

    public void setNextStepDue(String nextStepDue) {
        this.nextStepDue = nextStepDue;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
