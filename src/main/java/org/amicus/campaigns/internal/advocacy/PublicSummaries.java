package org.amicus.campaigns.internal.advocacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.amicus.campaigns.AdvocacyRecord.PublicActivity;
import org.amicus.campaigns.internal.strategy.Checks;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of advocacy: a plain-text summary of an activity written for the public, published
 * on the state's public pages once a second staff member has reviewed it. Editing a summary sends it
 * back for review; a restricted activity has none, and one restricted later drops out of the public
 * pages at once (the public read checks it every time).
 */
@Service
public class PublicSummaries {

    /** A summary and who wrote and reviewed it (reviewedBy null: waiting for review). */
    public record Summary(String text, String writtenBy, String reviewedBy) {

        public boolean published() {
            return reviewedBy != null;
        }
    }

    static final String RECORD = "advocacy-activity";

    private final JdbcClient jdbc;
    private final Activities activities;
    private final AuditTrail audit;

    PublicSummaries(JdbcClient jdbc, Activities activities, AuditTrail audit) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.audit = audit;
    }

    public Optional<Summary> of(long activityId) {
        return jdbc.sql("select summary, written_by, reviewed_by from activity_public_summary where activity_id = ?").param(activityId)
            .query((rs, n) -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Writes (or, blank, withdraws) the public summary of an activity the writer may see; it waits for review again. */
    @Transactional
    public void write(long activityId, String text, String writer) {
        Activity a = activities.get(activityId, writer);
        Optional<Summary> before = of(activityId);
        if (text == null || text.isBlank()) {
            jdbc.sql("delete from activity_public_summary where activity_id = ?").param(activityId).update();
            audit.record(new Change(RECORD, Long.toString(activityId), "public-summary-withdrawn", before.orElse(null), null, null, a.title()));
            return;
        }
        if (a.restricted()) {
            throw new RejectedInput("summary", "campaigns.summary.restricted");
        }
        Checks checks = new Checks();
        String summary = checks.required("summary", text, 2000);
        checks.orThrow();
        jdbc.sql("delete from activity_public_summary where activity_id = ?").param(activityId).update();
        jdbc.sql("insert into activity_public_summary (activity_id, summary, written_by, written_at) values (?, ?, ?, ?)")
            .params(activityId, summary, writer, Timestamps.now()).update();
        audit.record(new Change(RECORD, Long.toString(activityId), "public-summary-written", before.orElse(null),
                new Summary(summary, writer, null), null, a.title()));
    }

    /** Publishes the summary: the reviewer must be another staff member than its writer. */
    @Transactional
    public void approve(long activityId, String reviewer) {
        Activity a = activities.get(activityId, reviewer);
        Summary s = of(activityId).orElseThrow(() -> new RejectedInput("summary", "campaigns.summary.none"));
        if (s.writtenBy().toLowerCase(Locale.ROOT).equals(reviewer.toLowerCase(Locale.ROOT))) {
            throw new RejectedInput("summary", "campaigns.summary.ownReview");
        }
        if (a.restricted()) {
            throw new RejectedInput("summary", "campaigns.summary.restricted");
        }
        jdbc.sql("update activity_public_summary set reviewed_by = ?, reviewed_at = ? where activity_id = ?")
            .params(reviewer, Timestamps.now(), activityId).update();
        audit.record(new Change(RECORD, Long.toString(activityId), "public-summary-reviewed", null, Map.of("reviewedBy", reviewer), null,
                a.title()));
    }

    /** The reviewed summaries of the unrestricted activities with a state, newest first: all the public may read. */
    public List<PublicActivity> published(String iso3) {
        return jdbc.sql("""
                select a.kind, a.starts_on, a.ends_on, s.summary from advocacy_activity a
                join activity_public_summary s on s.activity_id = a.id
                join activity_link l on l.activity_id = a.id and l.kind = 'STATE' and l.ref = ?
                where a.removed = false and a.restricted = false and s.reviewed_at is not null
                order by a.starts_on desc, a.id desc""")
            .param(iso3.toUpperCase(Locale.ROOT))
            .query((rs, n) -> new PublicActivity(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                    rs.getString(4)))
            .list();
    }
}
