package org.amicus.members.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amicus.members.MemberDirectory;
import org.amicus.members.internal.search.MemberQuery;
import org.amicus.members.internal.search.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public directory: the listed current members, found by name through the members' search (any
 * script, transliteration and acronyms included) and filtered in SQL, so that only what the
 * organisation chose to show leaves the module.
 */
@Service
class MemberDirectoryService implements MemberDirectory {

    private static final String LISTED = """
            select o.id, o.name, o.name_latin, o.acronym, o.country, o.region, o.city, o.website,
                   g.id as coalition_id, g.name as coalition_name, g.country as coalition_country
            from organisation o left join member_group g on g.id = (
                select min(c.id) from member_group c where c.kind = 'NATIONAL_COALITION' and (c.id = o.coalition_id
                  or c.id in (select m.group_id from group_membership m where m.organisation_id = o.id
                              and (m.to_date is null or m.to_date >= current_date))))
            where o.listed_in_directory = true and o.membership_status = 'MEMBER'
              and o.deleted_at is null and o.merged_into_id is null""";

    private final JdbcClient jdbc;
    private final Search search;

    MemberDirectoryService(JdbcClient jdbc, Search search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    @Override
    public List<ListedOrganisation> listed(String words, String country, String region) {
        String iso3 = blank(country) ? "" : country.strip().toUpperCase(Locale.ROOT);
        String inRegion = blank(region) ? "" : region.strip();
        List<ListedOrganisation> all = jdbc.sql(LISTED + """
                 and (:country = '' or o.country = :country) and (:region = '' or o.region = :region)
                order by lower(o.name), o.id""")
            .param("country", iso3).param("region", inRegion).query(MemberDirectoryService::row).list();
        if (blank(words)) {
            return all;
        }
        Set<Long> found = matching(words.strip());
        return all.stream().filter(o -> found.contains(o.id())).toList();
    }

    /** The organisations the search finds; before the index is built, a plain match on the names. */
    private Set<Long> matching(String words) {
        if (search.ready()) {
            return search.ids(MemberQuery.of(Map.of("q", words, "type", "organisation")), "organisation");
        }
        String like = "%" + words.toLowerCase(Locale.ROOT) + "%";
        return Set.copyOf(jdbc.sql("""
                select id from organisation where lower(name) like :w or lower(name_latin) like :w or lower(acronym) like :w""")
            .param("w", like).query(Long.class).list());
    }

    @Override
    public Optional<ListedOrganisation> listedOrganisation(long id) {
        return jdbc.sql(LISTED + " and o.id = :id").param("id", id).query(MemberDirectoryService::row).optional();
    }

    @Override
    public List<Coalition> nationalCoalitions(String iso3) {
        return jdbc.sql("select id, name, country from member_group where kind = 'NATIONAL_COALITION' and country = ? order by name")
            .param(iso3 == null ? "" : iso3.toUpperCase(Locale.ROOT))
            .query((rs, n) -> new Coalition(rs.getLong("id"), rs.getString("name"), rs.getString("country"))).list();
    }

    @Override
    public List<String> listedRegions() {
        return jdbc.sql("""
                select distinct region from organisation where listed_in_directory = true and membership_status = 'MEMBER'
                and deleted_at is null and merged_into_id is null and region is not null order by region""")
            .query(String.class).list();
    }

    private static ListedOrganisation row(ResultSet rs, int n) throws SQLException {
        long coalitionId = rs.getLong("coalition_id");
        Optional<Coalition> coalition = rs.wasNull() ? Optional.empty()
                : Optional.of(new Coalition(coalitionId, rs.getString("coalition_name"), rs.getString("coalition_country")));
        return new ListedOrganisation(rs.getLong("id"), rs.getString("name"), rs.getString("name_latin"), rs.getString("acronym"),
                trim(rs.getString("country")), rs.getString("region"), rs.getString("city"), rs.getString("website"), coalition);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
