package org.amicus.media.internal.story;

import java.util.List;

import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A staff member's named searches: the query string of the search page, to run again in one click. */
@Component
public class SavedSearches {

    private final JdbcClient jdbc;

    SavedSearches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Saved(long id, String name, String query) {
    }

    public void save(String owner, String name, String query) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RejectedInput("name", "media.search.nameRequired");
        }
        jdbc.sql("insert into media_saved_search (owner, name, query, created_at) values (?, ?, ?, ?)")
            .params(owner, name.trim(), query == null ? "" : query.length() > 2000 ? query.substring(0, 2000) : query, Timestamps.now())
            .update();
    }

    public List<Saved> of(String owner) {
        return jdbc.sql("select id, name, query from media_saved_search where owner = ? order by name").param(owner)
            .query((rs, n) -> new Saved(rs.getLong("id"), rs.getString("name"), rs.getString("query"))).list();
    }

    public void remove(String owner, long id) {
        jdbc.sql("delete from media_saved_search where owner = ? and id = ?").params(owner, id).update();
    }
}
