package org.amicus.cooperation.internal.record;

/** A Security Council referral (article 13(b)) or a request to defer (article 16). */
public enum CouncilActionType {
    REFERRAL, DEFERRAL_REQUEST
}
