package org.amicus.members.internal.record;

public enum GroupKind {
    NATIONAL_COALITION, REGIONAL_NETWORK, STEERING_COMMITTEE, ISSUE_TEAM
}
