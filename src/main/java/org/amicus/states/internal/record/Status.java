package org.amicus.states.internal.record;

/** A state's standing towards the Rome Statute on a given date. */
public enum Status {
    PARTY, PARTY_PENDING, WITHDRAWING, WITHDRAWN, SIGNATORY, SIGNATURE_WITHDRAWN, NON_PARTY;

    /** Instrument deposited and no withdrawal effective. */
    public boolean isStateParty() {
        return this == PARTY || this == PARTY_PENDING || this == WITHDRAWING;
    }
}
