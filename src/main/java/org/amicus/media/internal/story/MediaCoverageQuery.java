package org.amicus.media.internal.story;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.amicus.media.MediaCoverage;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Coverage by state tag and publication date, read straight from the story tables. */
@Service
class MediaCoverageQuery implements MediaCoverage {

    /** The stories of the period with one of the states' tags (:state0, :state1...). */
    private static String matching(int states) {
        return "from media_story s where s.published_at >= :from and s.published_at < :to and ("
                + java.util.stream.IntStream.range(0, states).mapToObj(i -> ":state" + i + " = any(s.tags)")
                    .collect(java.util.stream.Collectors.joining(" or ")) + ")";
    }

    private final JdbcClient jdbc;

    MediaCoverageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Coverage ofStates(Collection<String> iso3s, LocalDate from, LocalDate to, int limit) {
        if (iso3s.isEmpty()) {
            return new Coverage(0, List.of());
        }
        var params = new java.util.HashMap<String, Object>();
        List<String> states = iso3s.stream().map(s -> new Tag(Tag.Kind.STATE, s.toUpperCase(Locale.ROOT)).key()).distinct().toList();
        for (int i = 0; i < states.size(); i++) {
            params.put("state" + i, states.get(i));
        }
        String matching = matching(states.size());
        params.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
        params.put("to", to == null ? Timestamps.now().plusSeconds(1) : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        long total = jdbc.sql("select count(*) " + matching).params(params).query(Long.class).single();
        params.put("limit", limit);
        List<CoveredStory> newest = jdbc.sql("""
                select s.id, s.title, s.language, s.published_at, s.stance,
                  (select a.url from media_appearance a where a.story_id = s.id order by a.id fetch first 1 rows only) as url,
                  (select m.name from media_appearance a join media_source m on m.id = a.source_id where a.story_id = s.id
                   order by a.id fetch first 1 rows only) as outlet
                """ + matching + " order by s.published_at desc, s.id desc fetch first :limit rows only")
            .params(params)
            .query((rs, n) -> new CoveredStory(rs.getLong("id"), rs.getString("title"), rs.getString("language"),
                    Timestamps.read(rs, "published_at"), rs.getString("url"), rs.getString("outlet"), rs.getString("stance")))
            .list();
        return new Coverage(total, newest);
    }
}
