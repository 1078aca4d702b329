package org.amicus.media.internal.story;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.amicus.media.PressCoverage;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds the items that cite a release by its title or its address. Read straight from the stories
 * published since the release (the date index bounds the scan), so it needs no index of its own.
 */
@Service
class CoverageCitations implements PressCoverage {

    private final JdbcClient jdbc;

    CoverageCitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> citing(String phrase, String url, Instant since, int limit) {
        String p = like(phrase);
        String u = url == null || url.isBlank() ? null : "%" + escape(url) + "%";
        if (p == null && u == null) {
            return List.of();
        }
        // Only the criteria given are in the query: PostgreSQL cannot type a null parameter tested alone.
        String where = p == null ? "s.body like :url escape '\\'"
                : "(lower(a.title) like :phrase escape '\\' or lower(s.body) like :phrase escape '\\'"
                        + (u == null ? ")" : " or s.body like :url escape '\\')");
        var query = jdbc.sql("""
                select a.url, src.name, a.title, a.published_at from media_story s
                join media_appearance a on a.story_id = s.id
                join media_source src on src.id = a.source_id
                where s.published_at >= :since and\s""" + where
                + " order by a.published_at desc, a.id desc fetch first " + Math.max(1, limit) + " rows only")
            .param("since", Timestamps.param(since));
        if (p != null) {
            query = query.param("phrase", p);
        }
        if (u != null) {
            query = query.param("url", u);
        }
        return query.query((rs, n) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), Timestamps.read(rs, "published_at")))
            .list();
    }

    private static String like(String phrase) {
        return phrase == null || phrase.isBlank() ? null : "%" + escape(phrase.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
