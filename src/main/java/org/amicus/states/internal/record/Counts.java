package org.amicus.states.internal.record;

import java.util.Collection;

/**
 * The tracker's counts on one date. statesParties: instrument deposited and no withdrawal
 * effective (in force, pending, or withdrawing); signatories: every state that had signed by then,
 * whatever it did next; signedNotRatified: signed, not a party, signature not withdrawn.
 */
public record Counts(int statesParties, int inForce, int pendingEntryIntoForce, int withdrawing, int withdrawn,
        int signatories, int signedNotRatified, int signatureWithdrawn) {

    public static Counts of(Collection<StateStanding> standings) {
        int parties = 0, inForce = 0, pending = 0, withdrawing = 0, withdrawn = 0, signatories = 0, signedOnly = 0, unsigned = 0;
        for (StateStanding s : standings) {
            switch (s.status()) {
                case PARTY -> inForce++;
                case PARTY_PENDING -> pending++;
                case WITHDRAWING -> { withdrawing++; inForce++; }
                case WITHDRAWN -> withdrawn++;
                case SIGNATORY -> signedOnly++;
                case SIGNATURE_WITHDRAWN -> unsigned++;
                case NON_PARTY -> { }
            }
            if (s.status().isStateParty()) {
                parties++;
            }
            if (s.standing().signed() != null) {
                signatories++;
            }
        }
        return new Counts(parties, inForce, pending, withdrawing, withdrawn, signatories, signedOnly, unsigned);
    }
}
