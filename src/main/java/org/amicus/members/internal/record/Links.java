package org.amicus.members.internal.record;

import java.time.LocalDate;
import java.util.List;

import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles of people at organisations over time, and the groups (coalitions, networks, committees, teams) with their members. */
@Repository
public class Links {

    /** A role at an organisation; toDate null while it lasts. */
    public record Affiliation(long id, long personId, long organisationId, String role, LocalDate fromDate, LocalDate toDate) {
    }

    public record Group(long id, String kind, String name, String country, Long coordinatorPersonId, String source) {
    }

    /** A person or an organisation in a group, with a role and dates. */
    public record Membership(long id, long groupId, Long personId, Long organisationId, String role, LocalDate fromDate,
            LocalDate toDate) {
    }

    private final JdbcClient jdbc;

    Links(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Affiliation> affiliationsOfPerson(long personId) {
        return jdbc.sql("select * from affiliation where person_id = ? order by from_date desc, id desc").param(personId)
            .query(Links::affiliation).list();
    }

    public List<Affiliation> affiliationsAt(long organisationId) {
        return jdbc.sql("select a.* from affiliation a join person p on p.id = a.person_id where a.organisation_id = ? "
                + "and p.deleted_at is null order by a.to_date desc, a.id").param(organisationId).query(Links::affiliation).list();
    }

    public void affiliate(long personId, long organisationId, String role, LocalDate from) {
        jdbc.sql("insert into affiliation (person_id, organisation_id, role, from_date) values (?, ?, ?, ?)")
            .params(personId, organisationId, role, from).update();
    }

    /** People currently at the organisation (no end date, or one in the future). */
    public List<Long> currentPeopleAt(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct person_id from affiliation where organisation_id in (:ids) and (to_date is null or to_date >= :today)")
            .param("ids", organisationIds).param("today", LocalDate.now()).query(Long.class).list();
    }

    public List<Group> groups() {
        return jdbc.sql("select * from member_group order by kind, name").query(Links::group).list();
    }

    public java.util.Optional<Group> group(long id) {
        return jdbc.sql("select * from member_group where id = ?").param(id).query(Links::group).optional();
    }

    public void setCoordinator(long groupId, Long personId) {
        jdbc.sql("update member_group set coordinator_person_id = ? where id = ?").params(personId, groupId).update();
    }

    public java.util.Optional<Membership> membership(long id) {
        return jdbc.sql("select * from group_membership where id = ?").param(id).query(Links::membership).optional();
    }

    public void changeMembership(long id, String role, LocalDate from, LocalDate until) {
        jdbc.sql("update group_membership set role = ?, from_date = ?, to_date = ? where id = ?").params(role, from, until, id).update();
    }

    public void removeMembership(long id) {
        jdbc.sql("delete from group_membership where id = ?").param(id).update();
    }

    public long createGroup(String kind, String name, String country, String source) {
        jdbc.sql("insert into member_group (kind, name, country, source, created_at) values (?, ?, ?, ?, ?)")
            .params(kind, name, country, source, Timestamps.now()).update();
        return jdbc.sql("select max(id) from member_group where name = ?").param(name).query(Long.class).single();
    }

    public List<Membership> membershipsOf(String column, long id) {
        return jdbc.sql("select * from group_membership where " + column + " = ? order by from_date desc, id").param(id)
            .query(Links::membership).list();
    }

    public List<Membership> membersOf(long groupId) {
        return jdbc.sql("select * from group_membership where group_id = ? order by id").param(groupId).query(Links::membership).list();
    }

    public void join(long groupId, Long personId, Long organisationId, String role, LocalDate from) {
        join(groupId, personId, organisationId, role, from, null);
    }

    public long join(long groupId, Long personId, Long organisationId, String role, LocalDate from, LocalDate until) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into group_membership (group_id, person_id, organisation_id, role, from_date, to_date) values (?, ?, ?, ?, ?, ?)")
            .params(groupId, personId, organisationId, role, from, until).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static Group group(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Group(rs.getLong("id"), rs.getString("kind"), rs.getString("name"), Organisations.trim(rs.getString("country")),
                (Long) rs.getObject("coordinator_person_id", Long.class), rs.getString("source"));
    }

    private static Affiliation affiliation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Affiliation(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("organisation_id"), rs.getString("role"),
                rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class));
    }

    private static Membership membership(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Membership(rs.getLong("id"), rs.getLong("group_id"), (Long) rs.getObject("person_id", Long.class),
                (Long) rs.getObject("organisation_id", Long.class), rs.getString("role"),
                rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class));
    }
}
