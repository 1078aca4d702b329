package org.amicus.campaigns.internal.advocacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An advocacy activity: a mission, a meeting, a briefing, a regional meeting, a letter sent or a
 * reply received, linked to states, campaigns, CRM people and bodies. A restricted activity is seen
 * only by its author and the staff named as its viewers.
 */
public record Activity(long id, Kind kind, String title, LocalDate startsOn, LocalDate endsOn, String destination,
        String delegation, String programme, String notes, boolean restricted, String createdBy,
        Map<String, List<String>> links) {

    public enum Kind {
        MISSION, MEETING, DIPLOMATIC_BRIEFING, PARLIAMENTARY_BRIEFING, PRESS_BRIEFING, REGIONAL_MEETING, LETTER_SENT, REPLY_RECEIVED
    }

    public static final String STATE = "STATE";
    public static final String CAMPAIGN = "CAMPAIGN";
    public static final String PERSON = "PERSON";
    public static final String BODY = "BODY";
    public static final String VIEWER = "VIEWER";

    public List<String> linked(String kind) {
        return links.getOrDefault(kind, List.of());
    }

    /** What an activity produced: a commitment made, a position stated, a document. */
    public record Outcome(long id, String kind, String text, String document, String recordedBy) {

        public enum Kind {
            COMMITMENT, POSITION, DOCUMENT
        }
    }

    /** A follow-up task with its owner on staff and its due date. */
    public record FollowUp(long id, Long activityId, Long campaignId, String title, String owner, LocalDate dueOn, boolean done) {

        public boolean overdue(LocalDate today) {
            return !done && dueOn.isBefore(today);
        }
    }
}
