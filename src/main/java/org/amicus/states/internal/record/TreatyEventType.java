package org.amicus.states.internal.record;

/** What can happen between a state and the Rome Statute. Order breaks ties between events of one day. */
public enum TreatyEventType {
    /** Signature (Article 125: open until 31 December 2000). */
    SIGNATURE,
    /**
     * Deposit of an instrument of ratification, acceptance, approval, accession or succession. Its
     * effective date, when given, is an entry into force other than Article 126 computes (a
     * succession takes effect from independence), recorded with the deposit's source.
     */
    DEPOSIT,
    /** A deposited instrument withdrawn before it entered into force (Malaysia, 2019). */
    INSTRUMENT_WITHDRAWN,
    /** Notification of withdrawal under Article 127; effective one year later unless it names a later date. */
    WITHDRAWAL_NOTIFIED,
    /** A withdrawal notification revoked before it took effect. */
    WITHDRAWAL_RETRACTED,
    /** A declaration of no intention to become a party ("signature withdrawn"). */
    SIGNATURE_WITHDRAWN
}
