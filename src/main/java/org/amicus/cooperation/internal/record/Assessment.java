package org.amicus.cooperation.internal.record;

import java.time.Instant;
import java.time.LocalDate;

/** A State Party's standing on one recommendation, as assessed on a date; later assessments supersede it. */
public record Assessment(long id, String iso3, int recommendation, AssessmentStatus status, String evidence,
        LocalDate assessedOn, String source, Instant recordedAt, String recordedBy) {
}
