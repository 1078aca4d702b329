package org.amicus.members.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.amicus.members.MembersLookup;
import org.amicus.members.OrganisationRef;
import org.amicus.members.PersonRef;
import org.amicus.members.internal.record.People;
import org.amicus.members.internal.search.MemberQuery;
import org.amicus.members.internal.search.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class MembersLookupService implements MembersLookup {

    private final JdbcClient jdbc;
    private final People people;
    private final Search search;

    MembersLookupService(JdbcClient jdbc, People people, Search search) {
        this.jdbc = jdbc;
        this.people = people;
        this.search = search;
    }

    @Override
    public Optional<PersonRef> officeHolder(String office, String iso3, LocalDate on) {
        if (office == null || iso3 == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id from person where lower(trim(office)) = lower(trim(?)) and office_state = ?
                and deleted_at is null and erased_at is null and merged_into_id is null
                and (term_from is null or term_from <= ?) and (term_to is null or term_to >= ?)
                order by term_from desc nulls last, id desc fetch first 1 rows only""")
            .params(office, iso3.toUpperCase(java.util.Locale.ROOT), on, on).query(Long.class).optional()
            .flatMap(people::byId).map(MembersService::ref);
    }

    @Override
    public java.util.List<PersonRef> officeHolders(String office, LocalDate on) {
        if (office == null) {
            return java.util.List.of();
        }
        java.util.List<Long> ids = jdbc.sql("""
                select id from person where lower(trim(office)) = lower(trim(?))
                and deleted_at is null and erased_at is null and merged_into_id is null
                and (term_from is null or term_from <= ?) and (term_to is null or term_to >= ?)
                order by term_from desc nulls last, id desc""")
            .params(office, on, on).query(Long.class).list();
        java.util.Map<Long, PersonRef> byId = new java.util.HashMap<>();
        people.byIds(ids).forEach(p -> byId.put(p.id(), MembersService.ref(p)));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public java.util.List<Match> find(String type, String words, int limit) {
        if (words == null || words.isBlank()) {
            return java.util.List.of();
        }
        if ("group".equals(type)) {
            return jdbc.sql("select id, name, country, kind from member_group where lower(name) like ? order by name fetch first ? rows only")
                .params("%" + words.strip().toLowerCase(java.util.Locale.ROOT) + "%", limit)
                .query((rs, n) -> new Match("group", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        }
        return search.page(new MemberQuery(words, type, null, null, null, null, null, null, null), 0, limit).hits().stream()
            .map(h -> new Match(h.type(), h.id(), h.name(), h.country(), h.detail())).toList();
    }

    @Override
    public java.util.List<Match> describe(String type, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        java.util.Map<Long, Match> byId = new java.util.HashMap<>();
        switch (type) {
            case "group" -> jdbc.sql("select id, name, country, kind from member_group where id in (:ids)").param("ids", ids)
                .query((rs, n) -> byId.put(rs.getLong(1), new Match(type, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
            case "organisation" -> jdbc.sql("""
                    select id, name, country, acronym from organisation where id in (:ids) and deleted_at is null and merged_into_id is null""")
                .param("ids", ids)
                .query((rs, n) -> byId.put(rs.getLong(1), new Match(type, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
            default -> {
                java.util.Map<Long, java.util.List<String>> organisations = new java.util.HashMap<>();
                jdbc.sql("""
                        select a.person_id, o.name from affiliation a join organisation o on o.id = a.organisation_id
                         where a.person_id in (:ids) and (a.to_date is null or a.to_date >= current_date) and o.deleted_at is null
                         order by o.name""")
                    .param("ids", ids)
                    .query((rs, n) -> organisations.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2)))
                    .list();
                jdbc.sql("""
                        select id, name, country, office, office_state from person
                         where id in (:ids) and deleted_at is null and erased_at is null and merged_into_id is null""")
                    .param("ids", ids)
                    .query((rs, n) -> {
                        java.util.List<String> detail = new java.util.ArrayList<>();
                        if (rs.getString(4) != null) {
                            detail.add(rs.getString(5) == null ? rs.getString(4) : rs.getString(4) + " (" + rs.getString(5) + ")");
                        }
                        detail.addAll(organisations.getOrDefault(rs.getLong(1), java.util.List.of()));
                        return byId.put(rs.getLong(1), new Match("person", rs.getLong(1), rs.getString(2), rs.getString(3),
                                detail.isEmpty() ? null : String.join(", ", detail)));
                    })
                    .list();
            }
        }
        return ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<OrganisationRef> memberNamed(String nameOrAcronym, LocalDate on) {
        if (nameOrAcronym == null || nameOrAcronym.isBlank()) {
            return Optional.empty();
        }
        String name = nameOrAcronym.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("""
                select id, kind, name, name_latin, acronym, country from organisation
                where (lower(name) = ? or lower(name_latin) = ? or lower(acronym) = ?) and membership_status = 'MEMBER'
                and deleted_at is null and merged_into_id is null
                and (member_since is null or member_since <= ?) and (member_until is null or member_until >= ?)
                order by id fetch first 1 rows only""")
            .params(name, name, name, on, on)
            .query((rs, n) -> new OrganisationRef(rs.getLong("id"), rs.getString("kind"), rs.getString("name"),
                    rs.getString("name_latin"), rs.getString("acronym"), rs.getString("country")))
            .optional();
    }

    @Override
    public Optional<String> groupName(long groupId) {
        return jdbc.sql("select name from member_group where id = ?").param(groupId).query(String.class).optional();
    }
}
