package org.amicus.members.internal.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amicus.members.internal.record.Checks;
import org.amicus.members.internal.record.Directory;
import org.amicus.members.internal.record.Lists;
import org.amicus.members.internal.record.Organisation;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of a list of organisations, through the same reading, column mapping, dry run and review
 * as people: likely duplicates are the same website, or the same name or acronym in the same
 * country, in the record (to merge or keep apart) or twice in the file (refused with both lines).
 */
@Service
public class OrganisationImport {

    private static final Map<String, String> KINDS = Map.of("ong", "NGO", "ngo", "NGO", "oscs", "NGO", "media", "MEDIA", "medios", "MEDIA",
            "medias", "MEDIA");
    private static final Map<String, String> STATUSES = Map.of("member", "MEMBER", "membre", "MEMBER", "miembro", "MEMBER", "membro",
            "MEMBER", "عضو", "MEMBER", "former", "FORMER", "ancien membre", "FORMER", "applicant", "APPLICANT", "candidat", "APPLICANT");

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditTrail audit;

    OrganisationImport(JdbcClient jdbc, Directory directory, AuditTrail audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
    }

    /** The dry run: changes nothing. */
    public ImportPlan plan(byte[] file, String fileName, Map<String, String> params, boolean findDuplicates) {
        Columns.Reading read = Columns.ORGANISATIONS.read(file, fileName, params);
        ImportTable table = read.table();
        Map<String, Integer> mapping = read.mapping();
        List<Problem> problems = read.problems();
        List<ImportPlan.Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportTable.Row row : table.rows()) {
            Organisation o = organisation(row, mapping, problems);
            problems.addAll(Checks.organisation(o, row.line()));
            for (String key : keys(o)) {
                Integer earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null && earlier != row.line()) {
                    problems.add(new Problem(row.line(), "name", "members.import.repeatedOrganisation", o.name(), earlier));
                    break;
                }
            }
            lines.add(new ImportPlan.Line(row.line(), null, null, null, List.of(), o));
        }
        if (findDuplicates && problems.isEmpty()) {
            lines = withCandidates(lines);
        }
        return new ImportPlan(table.header(), table.encoding(), mapping, lines, problems);
    }

    /**
     * Records the checked file: decisions map a line to "merge:ID" (fill what that organisation
     * lacks) or "new". Any problem refuses the whole file; all rows are recorded or none.
     */
    @Transactional
    public Importer.Result apply(byte[] file, String fileName, Map<String, String> params, Map<Integer, String> decisions) {
        ImportPlan plan = plan(file, fileName, params, false);
        if (!plan.ok()) {
            throw new RejectedInput(plan.problems());
        }
        int created = 0;
        int merged = 0;
        for (ImportPlan.Line l : plan.lines()) {
            String decision = decisions.getOrDefault(l.line(), "new");
            if (decision.startsWith("merge:")) {
                directory.save(filled(directory.organisation(Long.parseLong(decision.substring(6))), l.record()));
                merged++;
            } else {
                directory.save(l.record());
                created++;
            }
        }
        audit.record(new Change("import", fileName == null ? "upload" : fileName, "imported", null,
                Map.of("organisationsCreated", created, "organisationsMerged", merged), fileName,
                "imported " + created + " organisations, merged " + merged));
        return new Importer.Result(0, merged, created);
    }

    /** What the record keeps, with what the row adds where the record has nothing. */
    private static Organisation filled(Organisation o, Organisation row) {
        return new Organisation(o.id(), o.kind(), o.name(), first(o.nameLatin(), row.nameLatin()), first(o.acronym(), row.acronym()),
                first(o.country(), row.country()), first(o.region(), row.region()), first(o.city(), row.city()),
                first(o.website(), row.website()), Importer.union(o.languages(), row.languages()),
                Importer.union(o.focusAreas(), row.focusAreas()), first(o.membershipStatus(), row.membershipStatus()),
                first(o.memberSince(), row.memberSince()), first(o.memberUntil(), row.memberUntil()), o.staffSize(), o.coalitionId(),
                o.source(), Importer.union(o.tags(), row.tags()));
    }

    private static <T> T first(T kept, T added) {
        return kept != null ? kept : added;
    }

    private List<ImportPlan.Line> withCandidates(List<ImportPlan.Line> lines) {
        List<String> names = new ArrayList<>(List.of(""));
        lines.forEach(l -> {
            names.add(lower(l.record().name()));
            if (l.record().nameLatin() != null) {
                names.add(lower(l.record().nameLatin()));
            }
            if (l.record().acronym() != null) {
                names.add(lower(l.record().acronym()));
            }
        });
        Map<String, List<Organisation>> byKey = new HashMap<>();
        // Only what the keys need, for every organisation with a website (websites are compared without scheme or "www.").
        jdbc.sql("select id, name, name_latin, acronym, country, website from organisation where deleted_at is null and (lower(name) in (:n) "
                + "or lower(name_latin) in (:n) or lower(acronym) in (:n) or website is not null)").param("n", names)
            .query((rs, i) -> new Organisation(rs.getLong("id"), null, rs.getString("name"), rs.getString("name_latin"),
                    rs.getString("acronym"), rs.getString("country") == null ? null : rs.getString("country").trim(), null, null,
                    rs.getString("website"), List.of(), List.of(), null, null, null, null, null, null, List.of()))
            .list()
            .forEach(o -> keys(o).forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o)));
        List<ImportPlan.Line> out = new ArrayList<>(lines.size());
        for (ImportPlan.Line l : lines) {
            Map<Long, ImportPlan.Candidate> candidates = new LinkedHashMap<>();
            for (String k : keys(l.record())) {
                String reason = k.startsWith("w:") ? "website" : k.startsWith("n:") ? "sameName" : "acronym";
                for (Organisation o : byKey.getOrDefault(k, List.of())) {
                    candidates.putIfAbsent(o.id(), new ImportPlan.Candidate(o.id(), o.name(), o.country(), reason));
                }
            }
            out.add(new ImportPlan.Line(l.line(), null, null, null, List.copyOf(candidates.values()), l.record()));
        }
        return out;
    }

    /** What makes two organisations likely the same: website; name (or Latin name) in a country; acronym in a country. */
    private static List<String> keys(Organisation o) {
        List<String> keys = new ArrayList<>();
        if (o.website() != null) {
            keys.add("w:" + site(o.website()));
        }
        String country = o.country() == null ? "" : o.country();
        if (o.name() != null) {
            keys.add("n:" + country + ":" + lower(o.name()));
        }
        if (o.nameLatin() != null) {
            keys.add("n:" + country + ":" + lower(o.nameLatin()));
        }
        if (o.acronym() != null) {
            keys.add("a:" + country + ":" + lower(o.acronym()));
        }
        return keys;
    }

    /** A website without scheme, "www." or final slash: "https://www.fidh.org/" and "http://fidh.org" are one site. */
    static String site(String url) {
        return lower(url).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "").replaceAll("/+$", "");
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static Organisation organisation(ImportTable.Row row, Map<String, Integer> m, List<Problem> problems) {
        String kind = Importer.text(row, m, "kind");
        String status = Importer.text(row, m, "membershipStatus");
        return Directory.tidy(new Organisation(0, kind == null ? "NGO" : KINDS.getOrDefault(Columns.key(kind), kind),
                Importer.text(row, m, "name"), Importer.text(row, m, "nameLatin"), Importer.text(row, m, "acronym"),
                Codes.country(Importer.text(row, m, "country")), Importer.text(row, m, "region"), Importer.text(row, m, "city"),
                Importer.text(row, m, "website"), Lists.split(Importer.text(row, m, "languages")).stream().map(Codes::language).toList(),
                Lists.split(Importer.text(row, m, "focusAreas")), status == null ? null : STATUSES.getOrDefault(Columns.key(status), status),
                date(row, m, "memberSince", problems), date(row, m, "memberUntil", problems), null, null, "import",
                Lists.split(Importer.text(row, m, "tags"))));
    }

    private static LocalDate date(ImportTable.Row row, Map<String, Integer> m, String field, List<Problem> problems) {
        String v = Importer.text(row, m, field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() == 4 ? v + "-01-01" : v);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(row.line(), field, "members.error.date", v));
            return null;
        }
    }
}
