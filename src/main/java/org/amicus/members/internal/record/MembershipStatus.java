package org.amicus.members.internal.record;

/** Where an organisation stands as a member of the coalition (null for non-members). */
public enum MembershipStatus {
    APPLICANT, MEMBER, SUSPENDED, FORMER
}
