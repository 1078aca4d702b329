package org.amicus.media.internal.story;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.amicus.cooperation.Situations;
import org.amicus.court.CourtOfficials;
import org.amicus.members.Members;
import org.amicus.platform.UserContacts;

import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monitoring reports: coverage of one situation in a period, by stance, language, day, outlet and
 * journalist; the member organisations, people and staff its stories name; every situation by stance.
 */
@Component
public class MonitoringReports {

    private static final String IN_SITUATION = """
            from media_story s where ? = any(s.tags) and s.published_at >= ? and s.published_at < ?""";

    private final JdbcClient jdbc;
    private final Members members;
    private final UserContacts users;
    private final Situations situations;
    private final CourtOfficials officials;

    MonitoringReports(JdbcClient jdbc, Members members, UserContacts users, Situations situations, CourtOfficials officials) {
        this.jdbc = jdbc;
        this.members = members;
        this.users = users;
        this.situations = situations;
        this.officials = officials;
    }

    public record Volume(String stance, String language, long stories) {
    }

    public record Daily(LocalDate day, String stance, long stories) {
    }

    public record Ranked(String name, long stories) {
    }

    public record Notable(long id, String title, String stance, long appearances) {
    }

    /** A member organisation, person or staff member the report's stories mention, with those stories (newest first). */
    public record Covered(String kind, String ref, String name, long count, List<Notable> stories) {
    }

    /** One situation's stories in a period by stance, for the chart across situations. */
    public record SituationStance(String situation, long pro, long neutral, long anti) {

        public long total() {
            return pro + neutral + anti;
        }
    }

    public record Report(String situation, LocalDate from, LocalDate to, long total, List<Volume> volume, List<Daily> daily,
            List<Ranked> outlets, List<Ranked> journalists, List<Notable> notable, List<Covered> coverage,
            List<SituationStance> situations) {

        public long count(String stance) {
            return volume.stream().filter(v -> v.stance().equals(stance)).mapToLong(Volume::stories).sum();
        }

        /** The days of the period with their count per stance, for the chart over time. */
        public List<Map<String, Object>> days() {
            Map<LocalDate, Map<String, Object>> rows = new java.util.TreeMap<>();
            for (Daily d : daily) {
                rows.computeIfAbsent(d.day(), k -> new java.util.HashMap<>(Map.of("day", k, "PRO", 0L, "NEUTRAL", 0L, "ANTI", 0L)))
                    .put(d.stance(), d.stories());
            }
            return List.copyOf(rows.values());
        }

        /** The most stories on one day: the chart's scale. */
        public long busiestDay() {
            return days().stream().mapToLong(r -> (Long) r.get("PRO") + (Long) r.get("NEUTRAL") + (Long) r.get("ANTI")).max().orElse(1);
        }

        public long busiestSituation() {
            return situations.stream().mapToLong(SituationStance::total).max().orElse(1);
        }
    }

    /** The report for the days from..to (both included). */
    public Report report(String situation, LocalDate from, LocalDate to) {
        Object[] p = { new Tag(Tag.Kind.SITUATION, situation).key(), Timestamps.param(from.atStartOfDay(ZoneOffset.UTC).toInstant()),
                Timestamps.param(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()) };
        List<Volume> volume = jdbc.sql("select s.stance, coalesce(s.language, '?') lang, count(*) n " + IN_SITUATION
                + " group by s.stance, coalesce(s.language, '?') order by s.stance, lang").params(p)
            .query((rs, n) -> new Volume(rs.getString("stance"), rs.getString("lang"), rs.getLong("n"))).list();
        // days in UTC, counted here: the two databases disagree on casting a time with its zone to a date
        java.util.Map<LocalDate, java.util.Map<String, Long>> perDay = new java.util.TreeMap<>();
        jdbc.sql("select s.published_at, s.stance " + IN_SITUATION).params(p).query(rs -> {
            LocalDate day = Timestamps.read(rs, "published_at").atOffset(ZoneOffset.UTC).toLocalDate();
            perDay.computeIfAbsent(day, d -> new java.util.TreeMap<>()).merge(rs.getString("stance"), 1L, Long::sum);
        });
        List<Daily> daily = new java.util.ArrayList<>();
        perDay.forEach((day, counts) -> counts.forEach((stance, n) -> daily.add(new Daily(day, stance, n))));
        List<Ranked> outlets = jdbc.sql("select src.name, count(distinct s.id) n " + IN_SITUATION.replace("where",
                "join media_appearance a on a.story_id = s.id join media_source src on src.id = a.source_id where")
                + " group by src.name order by n desc, src.name fetch first 10 rows only").params(p)
            .query((rs, n) -> new Ranked(rs.getString("name"), rs.getLong("n"))).list();
        List<Ranked> journalists = jdbc.sql("select a.byline, count(distinct s.id) n " + IN_SITUATION.replace("where",
                "join media_appearance a on a.story_id = s.id where a.byline is not null and")
                + " group by a.byline order by n desc, a.byline fetch first 10 rows only").params(p)
            .query((rs, n) -> new Ranked(rs.getString("byline"), rs.getLong("n"))).list();
        List<Notable> notable = jdbc.sql("select s.id, s.title, s.stance, count(a.id) n " + IN_SITUATION.replace("where",
                "join media_appearance a on a.story_id = s.id where")
                + " group by s.id, s.title, s.stance order by n desc, s.id desc fetch first 10 rows only").params(p)
            .query((rs, n) -> new Notable(rs.getLong("id"), rs.getString("title"), rs.getString("stance"), rs.getLong("n"))).list();
        long total = volume.stream().mapToLong(Volume::stories).sum();
        return new Report(situation, from, to, total, volume, daily, outlets, journalists, notable, coverage(p), situations(p));
    }

    /** Members, people, staff, suspects and officials named in the situation's stories, the most covered first; at most 10 stories each. */
    private List<Covered> coverage(Object[] p) {
        Map<Tag, List<Notable>> byTag = new java.util.LinkedHashMap<>();
        jdbc.sql("select s.tags, s.id, s.title, s.stance " + IN_SITUATION + " order by s.published_at desc, s.id desc").params(p)
            .query(rs -> {
                for (Tag tag : Tag.read(rs, "tags")) {
                    if (tag.kind() != Tag.Kind.SITUATION && tag.kind() != Tag.Kind.STATE) {
                        byTag.computeIfAbsent(tag, k -> new java.util.ArrayList<>())
                            .add(new Notable(rs.getLong("id"), rs.getString("title"), rs.getString("stance"), 1));
                    }
                }
            });
        // the suspects' and officials' names read once for the report, not once per name
        Map<String, String> named = new java.util.HashMap<>();
        if (byTag.keySet().stream().anyMatch(t -> t.kind() == Tag.Kind.SUSPECT || t.kind() == Tag.Kind.OFFICIAL)) {
            situations.suspects().forEach(s -> named.putIfAbsent(new Tag(Tag.Kind.SUSPECT, String.valueOf(s.warrantId())).key(), s.name()));
            officials.officials().forEach(o -> named.put(new Tag(Tag.Kind.OFFICIAL, String.valueOf(o.id())).key(), o.name()));
        }
        List<Covered> covered = new java.util.ArrayList<>();
        byTag.forEach((tag, stories) -> covered.add(new Covered(tag.kind().name(), tag.ref(), name(tag, named), stories.size(),
                stories.subList(0, Math.min(10, stories.size())))));
        covered.sort(java.util.Comparator.comparing((Covered c) -> -c.count()).thenComparing(Covered::name));
        return covered;
    }

    private String name(Tag tag, Map<String, String> named) {
        String ref = tag.ref();
        return switch (tag.kind()) {
            case ORGANISATION -> members.organisation(Long.parseLong(ref)).map(o -> o.name()).orElse("#" + ref);
            case PERSON -> members.person(Long.parseLong(ref)).map(o -> o.name()).orElse("#" + ref);
            case SUSPECT, OFFICIAL -> named.getOrDefault(tag.key(), "#" + ref);
            default -> users.contact(ref).map(UserContacts.Contact::displayName).orElse(ref);
        };
    }

    /** Every situation's stories in the same period by stance. */
    private List<SituationStance> situations(Object[] p) {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        jdbc.sql("select s.tags, s.stance from media_story s where s.published_at >= ? and s.published_at < ?").params(p[1], p[2])
            .query(rs -> {
                for (Tag tag : Tag.read(rs, "tags")) {
                    if (tag.kind() == Tag.Kind.SITUATION) {
                        counts.computeIfAbsent(tag.ref(), k -> new long[3])[Stance.valueOf(rs.getString("stance")).ordinal()]++;
                    }
                }
            });
        List<SituationStance> list = new java.util.ArrayList<>();
        counts.forEach((code, n) -> list.add(new SituationStance(code, n[Stance.PRO.ordinal()], n[Stance.NEUTRAL.ordinal()],
                n[Stance.ANTI.ordinal()])));
        return list;
    }
}
