package org.amicus.members.internal.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tags staff put on organisations and people; a new name makes a new tag. */
@Repository
public class Tags {

    private final JdbcClient jdbc;

    Tags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> of(String recordType, long id) {
        return jdbc.sql("select t.name from record_tag r join tag t on t.id = r.tag_id where r.record_type = ? and r.record_id = ? order by t.name")
            .params(recordType, id).query(String.class).list();
    }

    /** Tags of many records in one query. */
    public Map<Long, List<String>> of(String recordType, List<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        jdbc.sql("select r.record_id, t.name from record_tag r join tag t on t.id = r.tag_id where r.record_type = :type and r.record_id in (:ids)")
            .param("type", recordType).param("ids", ids)
            .query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        return tags;
    }

    public void set(String recordType, long id, List<String> names) {
        jdbc.sql("delete from record_tag where record_type = ? and record_id = ?").params(recordType, id).update();
        for (String name : names) {
            long tagId = jdbc.sql("select id from tag where name = ?").param(name).query(Long.class).optional().orElseGet(() -> {
                jdbc.sql("insert into tag (name) values (?)").param(name).update();
                return jdbc.sql("select id from tag where name = ?").param(name).query(Long.class).single();
            });
            jdbc.sql("insert into record_tag (record_type, record_id, tag_id) values (?, ?, ?)").params(recordType, id, tagId).update();
        }
    }

    public List<String> all() {
        return jdbc.sql("select name from tag order by name").query(String.class).list();
    }
}
