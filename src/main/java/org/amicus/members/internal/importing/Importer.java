package org.amicus.members.internal.importing;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.amicus.members.internal.record.Checks;
import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.IndexFeed;
import org.amicus.members.internal.record.Links;
import org.amicus.members.internal.record.Lists;
import org.amicus.members.internal.record.Organisation;
import org.amicus.members.internal.record.Person;
import org.amicus.members.internal.search.MemberQuery;
import org.amicus.members.internal.search.Search;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of people from a list: a dry run that reads every row, reports every problem with its
 * line and finds likely duplicates in the record; then an apply of exactly the checked file with
 * the staff's decisions (new person, or merge into an existing one), all or nothing, in batches.
 */
@Service
public class Importer {

    /** What an apply did. */
    public record Result(int created, int merged, int organisationsCreated) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Search search;
    private final Directory directory;
    private final Links links;
    private final AuditTrail audit;
    private final IndexFeed feed;

    Importer(JdbcClient jdbc, JdbcTemplate template, Search search, Directory directory, Links links, AuditTrail audit,
            IndexFeed feed) {
        this.jdbc = jdbc;
        this.template = template;
        this.search = search;
        this.directory = directory;
        this.links = links;
        this.audit = audit;
        this.feed = feed;
    }

    /** The dry run: changes nothing. */
    public ImportPlan plan(byte[] file, String fileName, Map<String, String> params, boolean findDuplicates) {
        Columns.Reading read = Columns.PEOPLE.read(file, fileName, params);
        ImportTable table = read.table();
        Map<String, Integer> mapping = read.mapping();
        List<Problem> problems = read.problems();
        List<ImportPlan.Line> lines = new ArrayList<>();
        Map<String, Integer> seenEmails = new HashMap<>();
        for (ImportTable.Row row : table.rows()) {
            Person p = person(row, mapping);
            problems.addAll(Checks.person(p, row.line()));
            String organisation = text(row, mapping, "organisation");
            if (organisation != null && organisation.length() > 300) {
                problems.add(new Problem(row.line(), "organisation", "members.error.tooLong", 300));
            }
            for (String e : p.emails()) {
                Integer earlier = seenEmails.putIfAbsent(e, row.line());
                if (earlier != null) {
                    problems.add(new Problem(row.line(), "email", "members.import.repeatedEmail", e, earlier));
                }
            }
            lines.add(new ImportPlan.Line(row.line(), p, organisation, text(row, mapping, "role"), List.of()));
        }
        if (findDuplicates && problems.isEmpty()) {
            lines = withCandidates(lines);
        }
        return new ImportPlan(table.header(), table.encoding(), mapping, lines, problems);
    }

    private List<ImportPlan.Line> withCandidates(List<ImportPlan.Line> lines) {
        Map<String, Long> byEmail = peopleByEmail(lines.stream().flatMap(l -> l.person().emails().stream()).toList());
        List<ImportPlan.Line> out = new ArrayList<>(lines.size());
        for (ImportPlan.Line l : lines) {
            Map<Long, ImportPlan.Candidate> found = new LinkedHashMap<>();
            for (String e : l.person().emails()) {
                Long id = byEmail.get(e);
                if (id != null) {
                    found.put(id, new ImportPlan.Candidate(id, null, null, "email"));
                }
            }
            var page = search.page(new MemberQuery(l.person().name(), "person", null, l.person().country(), null, null, null,
                    null, null), 0, 5);
            for (Search.Hit h : page.hits()) {
                found.putIfAbsent(h.id(), new ImportPlan.Candidate(h.id(), h.name(), h.country(), "name"));
            }
            List<ImportPlan.Candidate> named = found.values().stream().map(c -> c.name() != null ? c
                    : new ImportPlan.Candidate(c.id(), directory.person(c.id()).name(), directory.person(c.id()).country(), c.reason()))
                .toList();
            out.add(new ImportPlan.Line(l.line(), l.person(), l.organisation(), l.role(), named));
        }
        return out;
    }

    private Map<String, Long> peopleByEmail(List<String> emails) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(emails));
        for (int i = 0; i < all.size(); i += 1000) {
            jdbc.sql("select e.email, e.person_id from person_email e join person p on p.id = e.person_id "
                    + "where e.email in (:emails) and p.deleted_at is null")
                .param("emails", all.subList(i, Math.min(all.size(), i + 1000)))
                .query((rs, n) -> found.putIfAbsent(rs.getString(1), rs.getLong(2))).list();
        }
        return found;
    }

    /**
     * Records the checked file. decisions: line to "merge:ID" (into that person) or "new"; a line
     * without a decision becomes a new person. Any problem refuses the whole file.
     */
    @Transactional
    public Result apply(byte[] file, String fileName, Map<String, String> params, Map<Integer, String> decisions) {
        ImportPlan plan = plan(file, fileName, params, false);
        if (!plan.ok()) {
            throw new RejectedInput(plan.problems());
        }
        Map<String, Long> organisations = new HashMap<>();
        int orgsCreated = organisations(plan, organisations);
        List<ImportPlan.Line> fresh = new ArrayList<>();
        int merged = 0;
        for (ImportPlan.Line l : plan.lines()) {
            String decision = decisions.getOrDefault(l.line(), "new");
            if (decision.startsWith("merge:")) {
                mergeInto(Long.parseLong(decision.substring(6)), l, organisations);
                merged++;
            } else {
                fresh.add(l);
            }
        }
        long[] ids = insertPeople(fresh);
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        Map<String, Long> tagIds = tagIds(fresh);
        var today = java.time.LocalDate.now();
        for (int i = 0; i < fresh.size(); i++) {
            ImportPlan.Line l = fresh.get(i);
            List<String> es = l.person().emails();
            for (int e = 0; e < es.size(); e++) {
                emails.add(new Object[] { ids[i], es.get(e), e == 0 });
            }
            if (l.organisation() != null) {
                roles.add(new Object[] { ids[i], organisations.get(key(l.organisation())), l.role(), today });
            }
            for (String t : l.person().tags()) {
                tags.add(new Object[] { "person", ids[i], tagIds.get(t) });
            }
        }
        template.batchUpdate("insert into person_email (person_id, email, is_primary) values (?, ?, ?)", emails);
        template.batchUpdate("insert into affiliation (person_id, organisation_id, role, from_date) values (?, ?, ?, ?)", roles);
        template.batchUpdate("insert into record_tag (record_type, record_id, tag_id) values (?, ?, ?)", tags);
        audit.record(new Change("import", fileName == null ? "upload" : fileName, "imported", null,
                Map.of("created", fresh.size(), "merged", merged, "organisationsCreated", orgsCreated,
                        "firstId", ids.length == 0 ? 0 : ids[0], "lastId", ids.length == 0 ? 0 : ids[ids.length - 1]),
                fileName, "imported " + fresh.size() + " people, merged " + merged));
        feed.peopleChanged(Arrays.stream(ids).boxed().toList());
        feed.organisationsChanged(organisations.values());
        return new Result(fresh.size(), merged, orgsCreated);
    }

    private long[] insertPeople(List<ImportPlan.Line> lines) {
        var keys = new GeneratedKeyHolder();
        var now = Timestamps.now();
        template.batchUpdate(con -> con.prepareStatement("insert into person (name, name_latin, country, languages, "
                + "preferred_language, expertise, phones, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] { "id" }), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
                        Person p = lines.get(i).person();
                        ps.setString(1, p.name());
                        ps.setString(2, p.nameLatin());
                        ps.setString(3, p.country());
                        ps.setString(4, Lists.join(p.languages()));
                        ps.setString(5, p.preferredLanguage());
                        ps.setString(6, p.expertise());
                        ps.setString(7, Lists.join(p.phones()));
                        ps.setObject(8, now);
                        ps.setObject(9, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return lines.size();
                    }
                }, keys);
        return keys.getKeyList().stream().mapToLong(k -> ((Number) k.values().iterator().next()).longValue()).toArray();
    }

    /** Finds each named organisation by name, Latin name or acronym; records the ones that are new. */
    private int organisations(ImportPlan plan, Map<String, Long> ids) {
        Set<String> names = new LinkedHashSet<>();
        plan.lines().stream().filter(l -> l.organisation() != null).forEach(l -> names.add(key(l.organisation())));
        if (names.isEmpty()) {
            return 0;
        }
        jdbc.sql("select id, lower(name), lower(name_latin), lower(acronym) from organisation where deleted_at is null and "
                + "(lower(name) in (:n) or lower(name_latin) in (:n) or lower(acronym) in (:n))").param("n", List.copyOf(names))
            .query((rs, i) -> {
                for (int c = 2; c <= 4; c++) {
                    if (rs.getString(c) != null && names.contains(rs.getString(c))) {
                        ids.putIfAbsent(rs.getString(c), rs.getLong(1));
                    }
                }
                return null;
            }).list();
        int created = 0;
        for (ImportPlan.Line l : plan.lines()) {
            if (l.organisation() != null && !ids.containsKey(key(l.organisation()))) {
                Organisation o = directory.save(new Organisation(0, "NGO", l.organisation(), null, null, l.person().country(),
                        null, null, null, List.of(), List.of(), null, null, null, null, null, "import", List.of()));
                ids.put(key(l.organisation()), o.id());
                created++;
            }
        }
        return created;
    }

    /** Adds what the row brings (addresses, phones, languages, a role, tags) to an existing person. */
    private void mergeInto(long personId, ImportPlan.Line l, Map<String, Long> organisations) {
        Person p = directory.person(personId);
        Person row = l.person();
        Person merged = new Person(p.id(), p.name(), p.nameLatin() != null ? p.nameLatin() : row.nameLatin(),
                p.country() != null ? p.country() : row.country(), union(p.languages(), row.languages()),
                p.preferredLanguage() != null ? p.preferredLanguage() : row.preferredLanguage(),
                p.expertise() != null ? p.expertise() : row.expertise(), union(p.emails(), row.emails()),
                union(p.phones(), row.phones()), p.pressTopics(), p.pressLanguages(), p.office(), p.officeState(), p.termFrom(),
                p.termTo(), p.outletId(), p.beat(), p.situations(), union(p.tags(), row.tags()));
        directory.save(merged);
        if (l.organisation() != null) {
            long org = organisations.get(key(l.organisation()));
            if (links.affiliationsOfPerson(personId).stream().noneMatch(a -> a.organisationId() == org && a.toDate() == null)) {
                links.affiliate(personId, org, l.role(), java.time.LocalDate.now());
            }
        }
    }

    private Map<String, Long> tagIds(List<ImportPlan.Line> lines) {
        Set<String> names = new HashSet<>();
        lines.forEach(l -> names.addAll(l.person().tags()));
        Map<String, Long> ids = new HashMap<>();
        for (String t : names) {
            ids.put(t, jdbc.sql("select id from tag where name = ?").param(t).query(Long.class).optional().orElseGet(() -> {
                jdbc.sql("insert into tag (name) values (?)").param(t).update();
                return jdbc.sql("select id from tag where name = ?").param(t).query(Long.class).single();
            }));
        }
        return ids;
    }

    static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Person person(ImportTable.Row row, Map<String, Integer> m) {
        String country = Codes.country(text(row, m, "country"));
        List<String> languages = Lists.split(text(row, m, "languages")).stream().map(Codes::language).toList();
        String preferred = text(row, m, "preferredLanguage");
        Person raw = new Person(0, text(row, m, "name"), text(row, m, "nameLatin"), country, languages,
                preferred == null ? null : Codes.language(preferred), text(row, m, "expertise"),
                Lists.split(text(row, m, "email")), Lists.split(text(row, m, "phone")), List.of(), List.of(), null, null, null,
                null, null, null, List.of(), Lists.split(text(row, m, "tags")));
        return Directory.tidy(raw);
    }

    static String text(ImportTable.Row row, Map<String, Integer> m, String field) {
        Integer column = m.get(field);
        String v = column == null ? null : row.cell(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
