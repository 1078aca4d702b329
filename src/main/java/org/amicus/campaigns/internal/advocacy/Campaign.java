package org.amicus.campaigns.internal.advocacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign: its aims and period, the strategy goals it serves, the states, officials and bodies it
 * targets, its owners on staff, and the member organisations and teams taking part.
 */
public record Campaign(long id, Kind kind, String name, String aims, LocalDate periodStart, LocalDate periodEnd,
        Status status, Map<String, List<String>> links) {

    /** The kinds of campaign the coalition runs (CICC Three-Year Strategy 2009, section 3). */
    public enum Kind {
        UNIVERSAL_RATIFICATION, IMPLEMENTATION, COOPERATION, ELECTIONS, BUDGET, REVIEW_CONFERENCE, COUNTER_WITHDRAWAL
    }

    public enum Status {
        PLANNED, ACTIVE, PAUSED, CLOSED
    }

    public static final String GOAL = "GOAL";
    public static final String STATE = "STATE";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String BODY = "BODY";
    public static final String OWNER = "OWNER";
    public static final String ORGANISATION = "ORGANISATION";
    public static final String TEAM = "TEAM";

    public List<String> linked(String kind) {
        return links.getOrDefault(kind, List.of());
    }

    public List<Long> linkedIds(String kind) {
        return linked(kind).stream().map(Long::valueOf).toList();
    }
}
