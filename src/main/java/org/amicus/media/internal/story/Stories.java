package org.amicus.media.internal.story;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amicus.platform.NotFound;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The stories table and its appearances and tags. */
@Component
public class Stories {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Stories(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Those of the URL keys already stored: one query per 500 keys. */
    Set<String> seen(Collection<String> urlKeys) {
        Set<String> seen = new HashSet<>();
        List<String> keys = List.copyOf(urlKeys);
        for (int i = 0; i < keys.size(); i += 500) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + 500));
            seen.addAll(jdbc.sql("select url_key from media_appearance where url_key in (:keys)").param("keys", chunk)
                .query(String.class).list());
        }
        return seen;
    }

    record NewStory(String title, String body, String language, Instant published, long simhash, StanceModel.Guess guess, String by,
            Set<Tag> tags) {
    }

    /** Inserts stories in one JDBC batch (one round trip to PostgreSQL): their ids, in order. */
    long[] insert(List<NewStory> stories) {
        if (stories.isEmpty()) {
            return new long[0];
        }
        var keys = new GeneratedKeyHolder();
        Object now = Timestamps.now();
        template.batchUpdate(c -> c.prepareStatement("""
                insert into media_story (title, body, language, published_at, first_seen_at, simhash, stance, stance_confidence, stance_by,
                  tags)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" }), new BatchPreparedStatementSetter() {

            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                NewStory s = stories.get(i);
                ps.setString(1, s.title());
                ps.setString(2, s.body());
                ps.setString(3, s.language());
                ps.setObject(4, Timestamps.param(s.published()));
                ps.setObject(5, now);
                ps.setLong(6, s.simhash());
                ps.setString(7, s.guess().stance().name());
                ps.setDouble(8, s.guess().confidence());
                ps.setString(9, s.by());
                ps.setArray(10, ps.getConnection().createArrayOf("varchar", s.tags().stream().map(Tag::key).sorted().toArray()));
            }

            @Override
            public int getBatchSize() {
                return stories.size();
            }
        }, keys);
        return keys.getKeyList().stream().mapToLong(k -> ((Number) k.get("id")).longValue()).toArray();
    }

    record NewAppearance(long storyId, Source source, String url, String urlKey, String title, String byline, Long journalistId,
            Instant published) {
    }

    /** Inserts appearances in one JDBC batch. */
    void appear(List<NewAppearance> appearances) {
        Object now = Timestamps.now();
        template.batchUpdate("""
                insert into media_appearance (story_id, source_id, url, url_key, title, byline, journalist_id, published_at, seen_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", appearances, 100, (ps, a) -> {
            ps.setLong(1, a.storyId());
            ps.setLong(2, a.source().id());
            ps.setString(3, a.url());
            ps.setString(4, a.urlKey());
            ps.setString(5, a.title());
            ps.setString(6, a.byline() == null || a.byline().isBlank() ? null : cut(a.byline(), 300));
            if (a.journalistId() == null) {
                ps.setNull(7, java.sql.Types.BIGINT);
            } else {
                ps.setLong(7, a.journalistId());
            }
            ps.setObject(8, Timestamps.param(a.published()));
            ps.setObject(9, now);
        });
    }

    void setStance(long storyId, Stance stance, double confidence, String by) {
        jdbc.sql("update media_story set stance = ?, stance_confidence = ?, stance_by = ? where id = ?")
            .params(stance.name(), confidence, by, storyId).update();
    }

    public Story story(long id) {
        return find(id).orElseThrow(() -> new NotFound("media.story.notFound", id));
    }

    public Optional<Story> find(long id) {
        return jdbc.sql("select * from media_story where id = ?").param(id).query((rs, n) -> story(rs)).optional();
    }

    private Story story(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Story.Appearance> appearances = jdbc.sql("""
                select a.*, s.name source_name, s.country from media_appearance a join media_source s on s.id = a.source_id
                where a.story_id = ? order by a.published_at, a.id""")
            .param(id)
            .query((r, n) -> new Story.Appearance(r.getLong("source_id"), r.getString("source_name"), r.getString("country"),
                    r.getString("url"), r.getString("title"), r.getString("byline"), r.getObject("journalist_id", Long.class),
                    Timestamps.read(r, "published_at")))
            .list();
        return new Story(id, rs.getString("title"), rs.getString("body"), rs.getString("language"), Timestamps.read(rs, "published_at"),
                Timestamps.read(rs, "first_seen_at"), Stance.valueOf(rs.getString("stance")), rs.getDouble("stance_confidence"),
                rs.getString("stance_by"), appearances, Tag.read(rs, "tags"));
    }

    IndexedStory indexed(Story s) {
        Set<Long> sources = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Story.Appearance a : s.appearances()) {
            sources.add(a.sourceId());
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        return new IndexedStory(s.id(), s.title(), s.body(), s.language(), s.stance(), s.published(), sources, countries,
                new LinkedHashSet<>(s.tags()));
    }

    /** Story ids after {@code afterId}, in order, a page at a time (rebuilding the index). */
    List<Long> ids(long afterId, int limit) {
        return jdbc.sql("select id from media_story where id > ? order by id fetch first " + limit + " rows only")
            .param(afterId).query(Long.class).list();
    }

    long count() {
        return jdbc.sql("select count(*) from media_story").query(Long.class).single();
    }

    /** Fingerprints of the stories first seen since then, to find near-duplicates among. */
    Map<Long, Long> fingerprints(Instant since) {
        Map<Long, Long> m = new HashMap<>();
        jdbc.sql("select id, simhash from media_story where first_seen_at >= ?").param(Timestamps.param(since))
            .query(rs -> {
                m.put(rs.getLong("id"), rs.getLong("simhash"));
            });
        return m;
    }

    /** Stories no reviewer has labelled, least confident first: the review queue. */
    public List<Story> unreviewed(int limit) {
        List<Long> ids = jdbc.sql("""
                select id from media_story where stance_by <> 'STAFF' order by stance_confidence, id desc fetch first %d rows only"""
            .formatted(limit)).query(Long.class).list();
        List<Story> list = new ArrayList<>();
        ids.forEach(id -> list.add(story(id)));
        return list;
    }

    /** The text the classifier reads for a story. */
    static String text(String title, String body) {
        return title + "\n" + (body == null ? "" : body);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
