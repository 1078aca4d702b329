package org.amicus.members.internal.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** People in the database, with their e-mail addresses (the primary one first) and tags. */
@Repository
public class People {

    static final String COLUMNS = "name, name_latin, country, languages, preferred_language, expertise, phones, press_topics, "
            + "press_languages, office, office_state, term_from, term_to, outlet_id, beat, situations";

    private final JdbcClient jdbc;
    private final Tags tags;

    People(JdbcClient jdbc, Tags tags) {
        this.jdbc = jdbc;
        this.tags = tags;
    }

    public Optional<Person> byId(long id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    /** Live people (not deleted, merged or erased) among these ids. */
    public List<Person> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> emails = emails(ids);
        var t = tags.of("person", ids);
        return jdbc.sql("select * from person where id in (:ids) and deleted_at is null").param("ids", ids)
            .query((rs, n) -> map(rs, emails.getOrDefault(rs.getLong("id"), List.of()), t.getOrDefault(rs.getLong("id"), List.of())))
            .list();
    }

    public Map<Long, List<String>> emails(List<Long> ids) {
        Map<Long, List<String>> emails = new HashMap<>();
        jdbc.sql("select person_id, email from person_email where person_id in (:ids) order by person_id, is_primary desc, id")
            .param("ids", ids)
            .query((rs, n) -> emails.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        return emails;
    }

    /** Ids of the live, unmerged people with an outlet or a beat. */
    public List<Long> journalists() {
        return jdbc.sql("select id from person where deleted_at is null and merged_into_id is null and erased_at is null "
                + "and (outlet_id is not null or beat is not null and beat <> '') order by id").query(Long.class).list();
    }

    /** Live people who have this address (any of their addresses). */
    public List<Long> withEmail(String email) {
        return jdbc.sql("select distinct e.person_id from person_email e join person p on p.id = e.person_id "
                + "where e.email = ? and p.deleted_at is null").param(email).query(Long.class).list();
    }

    public long insert(Person p) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into person (" + COLUMNS + ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(values(p, Timestamps.now(), Timestamps.now()))
            .update(keys, "id");
        long id = keys.getKey().longValue();
        setEmails(id, p.emails());
        tags.set("person", id, p.tags());
        return id;
    }

    public void update(Person p) {
        jdbc.sql("update person set name = ?, name_latin = ?, country = ?, languages = ?, preferred_language = ?, expertise = ?, "
                + "phones = ?, press_topics = ?, press_languages = ?, office = ?, office_state = ?, term_from = ?, term_to = ?, "
                + "outlet_id = ?, beat = ?, situations = ?, updated_at = ? where id = ?")
            .params(values(p, Timestamps.now(), p.id()))
            .update();
        setEmails(p.id(), p.emails());
        tags.set("person", p.id(), p.tags());
    }

    public void setEmails(long id, List<String> emails) {
        jdbc.sql("delete from person_email where person_id = ?").param(id).update();
        for (int i = 0; i < emails.size(); i++) {
            jdbc.sql("insert into person_email (person_id, email, is_primary) values (?, ?, ?)").params(id, emails.get(i), i == 0).update();
        }
    }

    public void markDeleted(long id, Long mergedInto) {
        jdbc.sql("update person set deleted_at = ?, merged_into_id = ?, updated_at = ? where id = ?")
            .params(Timestamps.now(), mergedInto, Timestamps.now(), id).update();
    }

    public void restore(long id) {
        jdbc.sql("update person set deleted_at = null, merged_into_id = null, updated_at = ? where id = ?")
            .params(Timestamps.now(), id).update();
    }

    public void touch(long id) {
        jdbc.sql("update person set updated_at = ? where id = ?").params(Timestamps.now(), id).update();
    }

    private static Object[] values(Person p, Object... tail) {
        return Lists.concat(new Object[] { p.name(), p.nameLatin(), p.country(), Lists.join(p.languages()), p.preferredLanguage(), p.expertise(),
                Lists.join(p.phones()), Lists.join(p.pressTopics()), Lists.join(p.pressLanguages()), p.office(),
                p.officeState(), p.termFrom(), p.termTo(), p.outletId(), p.beat(), Lists.join(p.situations()) }, tail);
    }

    static Person map(ResultSet rs, List<String> emails, List<String> tags) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("name"), rs.getString("name_latin"), Organisations.trim(rs.getString("country")),
                Lists.split(rs.getString("languages")), rs.getString("preferred_language"), rs.getString("expertise"), emails,
                Lists.split(rs.getString("phones")), Lists.split(rs.getString("press_topics")),
                Lists.split(rs.getString("press_languages")), rs.getString("office"), Organisations.trim(rs.getString("office_state")),
                rs.getObject("term_from", LocalDate.class), rs.getObject("term_to", LocalDate.class),
                (Long) rs.getObject("outlet_id", Long.class), rs.getString("beat"), Lists.split(rs.getString("situations")), tags);
    }
}
