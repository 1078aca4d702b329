package org.amicus.media.internal.story;

import java.util.List;
import java.util.Locale;

import org.amicus.media.MediaCoverage;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class MediaCoverageQuery implements MediaCoverage {

    private final JdbcClient jdbc;

    MediaCoverageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Clip> aboutState(String iso3, int limit) {
        return jdbc.sql("""
                select s.id, s.title, s.language, s.published_at, src.name as outlet, a.url
                from media_story s
                join media_tag t on t.story_id = s.id and t.kind = 'STATE' and t.ref = :iso3
                join media_appearance a on a.id = (select min(x.id) from media_appearance x where x.story_id = s.id)
                join media_source src on src.id = a.source_id
                order by s.published_at desc, s.id desc
                fetch first :limit rows only""")
            .param("iso3", iso3.toUpperCase(Locale.ROOT)).param("limit", limit)
            .query((rs, n) -> new Clip(rs.getLong("id"), rs.getString("title"), rs.getString("language"),
                    Timestamps.read(rs, "published_at"), rs.getString("outlet"), rs.getString("url")))
            .list();
    }
}
