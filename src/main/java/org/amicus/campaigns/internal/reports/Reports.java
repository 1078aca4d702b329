package org.amicus.campaigns.internal.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.amicus.campaigns.internal.advocacy.Activities;
import org.amicus.campaigns.internal.advocacy.Activity;
import org.amicus.members.Members;
import org.amicus.members.OrganisationRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reports per campaign and per state: activities over time, meetings by ministry (the bodies met),
 * participation in alerts by country, follow-ups overdue. Activities and follow-ups are read through
 * {@link Activities}, so a restricted activity counts only for those who may see it.
 */
@Service
public class Reports {

    private final Activities activities;
    private final Members members;
    private final JdbcClient jdbc;

    Reports(Activities activities, Members members, JdbcClient jdbc) {
        this.activities = activities;
        this.members = members;
        this.jdbc = jdbc;
    }

    public List<Report> campaign(long campaignId, String viewer) {
        List<Activity> linked = activities.linkedTo(Activity.CAMPAIGN, Long.toString(campaignId), viewer);
        return List.of(overTime(linked), byMinistry(linked),
                participation("a.campaign_id = ?", campaignId, "a.campaign_id = ?", campaignId),
                overdue(activities.followUps("f.campaign_id = :campaign", Map.of("campaign", campaignId), viewer)));
    }

    public List<Report> state(String iso3, String viewer) {
        List<Activity> linked = activities.linkedTo(Activity.STATE, iso3, viewer);
        List<Long> ids = linked.stream().map(Activity::id).toList();
        return List.of(overTime(linked), byMinistry(linked),
                participation("s.country = ?", iso3, "l.office_state = ?", iso3),
                overdue(ids.isEmpty() ? List.of() : activities.followUps("f.activity_id in (:ids)", Map.of("ids", ids), viewer)));
    }

    public Report one(List<Report> reports, String key) {
        return reports.stream().filter(r -> r.key().equals(key)).findFirst()
            .orElseThrow(() -> new org.amicus.platform.NotFound("reports.notFound", key));
    }

    private static Report overTime(List<Activity> linked) {
        Map<String, Map<Activity.Kind, Integer>> months = new TreeMap<>();
        linked.forEach(a -> months.computeIfAbsent(a.startsOn().toString().substring(0, 7), m -> new TreeMap<>())
            .merge(a.kind(), 1, Integer::sum));
        List<List<Object>> rows = new ArrayList<>();
        months.forEach((month, kinds) -> kinds.forEach((kind, n) -> rows.add(List.of(month, kind.name(), n))));
        return new Report("activities", List.of("reports.col.month", "reports.col.kind", "reports.col.count"), rows);
    }

    private Report byMinistry(List<Activity> linked) {
        Map<String, Integer> met = new TreeMap<>();
        linked.stream().filter(a -> a.kind() == Activity.Kind.MEETING).forEach(a -> a.linked(Activity.BODY).forEach(id -> met.merge(
                members.organisation(Long.parseLong(id)).map(OrganisationRef::name).orElse("#" + id), 1, Integer::sum)));
        List<List<Object>> rows = new ArrayList<>();
        met.forEach((body, n) -> rows.add(List.of(body, n)));
        return new Report("meetings", List.of("reports.col.body", "reports.col.count"), rows);
    }

    private Report participation(String signatureWhere, Object signatureParam, String letterWhere, Object letterParam) {
        Map<List<String>, long[]> counts = new TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
            .thenComparing(k -> k.get(1)));
        jdbc.sql("select a.slug, coalesce(s.country, '-'), count(*), sum(case when s.confirmed_at is not null then 1 else 0 end) "
                + "from alert_signature s join action_alert a on a.id = s.alert_id where " + signatureWhere
                + " group by a.slug, coalesce(s.country, '-')")
            .param(signatureParam)
            .query((rs, n) -> {
                long[] c = counts.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[3]);
                c[0] = rs.getLong(3);
                c[1] = rs.getLong(4);
                return c;
            }).list();
        jdbc.sql("select a.slug, coalesce(l.sender_country, '-'), count(*) from alert_letter l join action_alert a on a.id = l.alert_id where "
                + letterWhere + " group by a.slug, coalesce(l.sender_country, '-')")
            .param(letterParam)
            .query((rs, n) -> counts.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[3])[2] = rs.getLong(3)).list();
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, c) -> rows.add(List.of(k.get(0), k.get(1), c[0], c[1], c[2])));
        return new Report("participation", List.of("reports.col.alert", "reports.col.country", "reports.col.signatures",
                "reports.col.confirmed", "reports.col.letters"), rows);
    }

    private static Report overdue(List<Activity.FollowUp> followUps) {
        LocalDate today = LocalDate.now();
        Predicate<Activity.FollowUp> late = f -> f.overdue(today);
        List<List<Object>> rows = new ArrayList<>();
        followUps.stream().filter(late).forEach(f -> rows.add(List.of(f.title(), f.owner(), f.dueOn().toString(),
                f.activityId() == null ? "" : f.activityId().toString())));
        return new Report("overdue", List.of("reports.col.task", "reports.col.owner", "reports.col.due", "reports.col.activity"), rows);
    }
}
