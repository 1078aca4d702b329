package org.amicus.media.internal.story;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Monitoring reports: coverage of one situation in a period, by stance, language, day, outlet and journalist. */
@Component
public class MonitoringReports {

    private static final String IN_SITUATION = """
            from media_story s join media_tag t on t.story_id = s.id and t.kind = 'SITUATION' and t.ref = ?
            where s.published_at >= ? and s.published_at < ?""";

    private final JdbcClient jdbc;

    MonitoringReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Volume(String stance, String language, long stories) {
    }

    public record Daily(LocalDate day, String stance, long stories) {
    }

    public record Ranked(String name, long stories) {
    }

    public record Notable(long id, String title, String stance, long appearances) {
    }

    public record Report(String situation, LocalDate from, LocalDate to, long total, List<Volume> volume, List<Daily> daily,
            List<Ranked> outlets, List<Ranked> journalists, List<Notable> notable) {

        public long count(String stance) {
            return volume.stream().filter(v -> v.stance().equals(stance)).mapToLong(Volume::stories).sum();
        }
    }

    /** The report for the days from..to (both included). */
    public Report report(String situation, LocalDate from, LocalDate to) {
        Object[] p = { situation, Timestamps.param(from.atStartOfDay(ZoneOffset.UTC).toInstant()),
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
        return new Report(situation, from, to, total, volume, daily, outlets, journalists, notable);
    }
}
