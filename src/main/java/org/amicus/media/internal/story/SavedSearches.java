package org.amicus.media.internal.story;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A staff member's named searches: the query string of the search page, to run again in one click.
 * A search with its alert on is checked for new stories ({@link SearchAlerts}); what it found waits
 * in the app until its owner looks.
 */
@Component
public class SavedSearches {

    private final JdbcClient jdbc;

    SavedSearches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** unseen: stories the alert found that the owner has not looked at yet. */
    public record Saved(long id, String owner, String name, String query, boolean alert, long checkedThrough, long unseen) {
    }

    /** A story an alert found. */
    public record Match(long storyId, String title, java.time.Instant foundAt, boolean seen) {
    }

    public void save(String owner, String name, String query, boolean alert) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RejectedInput("name", "media.search.nameRequired");
        }
        // an alert starts from the stories there are now: nobody wants the whole archive by e-mail
        jdbc.sql("""
                insert into media_saved_search (owner, name, query, created_at, alert, checked_through)
                values (?, ?, ?, ?, ?, (select coalesce(max(id), 0) from media_story))""")
            .params(owner, name.trim(), query == null ? "" : query.length() > 2000 ? query.substring(0, 2000) : query, Timestamps.now(),
                    alert)
            .update();
    }

    private static final String SAVED = """
            select s.*, (select count(*) from media_search_match m where m.saved_search_id = s.id and m.seen_at is null) unseen
            from media_saved_search s""";

    public List<Saved> of(String owner) {
        return jdbc.sql(SAVED + " where s.owner = ? order by s.name").param(owner).query(SavedSearches::row).list();
    }

    List<Saved> alerting() {
        return jdbc.sql(SAVED + " where s.alert = true order by s.id").query(SavedSearches::row).list();
    }

    public Saved saved(String owner, long id) {
        return jdbc.sql(SAVED + " where s.owner = ? and s.id = ?").params(owner, id).query(SavedSearches::row).optional()
            .orElseThrow(() -> new org.amicus.platform.NotFound("media.search.notFound", id));
    }

    private static Saved row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Saved(rs.getLong("id"), rs.getString("owner"), rs.getString("name"), rs.getString("query"), rs.getBoolean("alert"),
                rs.getLong("checked_through"), rs.getLong("unseen"));
    }

    public void remove(String owner, long id) {
        jdbc.sql("delete from media_saved_search where owner = ? and id = ?").params(owner, id).update();
    }

    /** Turns a search's alert on (from the stories there are now) or off. */
    public void alert(String owner, long id, boolean on) {
        jdbc.sql("""
                update media_saved_search set alert = ?,
                  checked_through = case when ? then (select coalesce(max(id), 0) from media_story) else checked_through end
                where owner = ? and id = ?""").params(on, on && !saved(owner, id).alert(), owner, id).update();
    }

    /** Records what a check found and where the next one starts; returns the stories not found before. */
    @Transactional
    List<Long> found(long searchId, List<Long> storyIds, long through) {
        List<Long> added = storyIds.stream().filter(story -> jdbc.sql("""
                insert into media_search_match (saved_search_id, story_id, found_at)
                select ?, ?, ? where not exists (select 1 from media_search_match where saved_search_id = ? and story_id = ?)""")
            .params(searchId, story, Timestamps.now(), searchId, story).update() == 1).toList();
        jdbc.sql("update media_saved_search set checked_through = ? where id = ?").params(through, searchId).update();
        return added;
    }

    /** The stories an alert found, newest first; looking at them marks them seen. */
    @Transactional
    public List<Match> matches(String owner, long id) {
        saved(owner, id);
        List<Match> list = jdbc.sql("""
                select m.story_id, s.title, m.found_at, m.seen_at from media_search_match m join media_story s on s.id = m.story_id
                where m.saved_search_id = ? order by m.found_at desc, m.story_id desc fetch first 200 rows only""").param(id)
            .query((rs, n) -> new Match(rs.getLong("story_id"), rs.getString("title"), Timestamps.read(rs, "found_at"),
                    rs.getObject("seen_at") != null))
            .list();
        jdbc.sql("update media_search_match set seen_at = ? where saved_search_id = ? and seen_at is null").params(Timestamps.now(), id)
            .update();
        return list;
    }

    /** The criteria a saved query string stands for (the search page's parameters); unreadable parts are ignored. */
    static StoryIndex.Criteria criteria(String query) {
        MultiValueMap<String, String> p = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
        return new StoryIndex.Criteria(value(p, "q"), number(value(p, "source")), value(p, "language"), value(p, "country"),
                value(p, "situation"), stance(value(p, "stance")), day(value(p, "from"), 0), day(value(p, "to"), 1));
    }

    private static String value(MultiValueMap<String, String> p, String name) {
        String v = p.getFirst(name);
        return v == null || v.isBlank() ? null : java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Long number(String v) {
        return v != null && v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
    }

    private static Stance stance(String v) {
        return v != null && v.matches("PRO|ANTI|NEUTRAL") ? Stance.valueOf(v) : null;
    }

    private static java.time.Instant day(String v, int plus) {
        try {
            return v == null ? null : LocalDate.parse(v).plusDays(plus).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(plus);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
