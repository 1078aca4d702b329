package org.amicus.members;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.amicus.members.internal.importing.Importer;
import org.amicus.members.internal.search.MemberQuery;
import org.amicus.members.internal.search.Search;
import org.amicus.members.internal.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members benchmark (docs/benchmarks.md): generates the coalition at the seed's scale times
 * members.bench.scale (1: 2,500 organisations, 50,000 people; 10: 25,000 and 500,000; 5,000
 * journalists; 150 countries; names in Latin, Arabic, Cyrillic, Greek and Chinese script), then
 * measures a search with two filters (p50/p95/p99 over 1,000 searches) and the import of 50,000
 * people against a plain JDBC batch insert of the same rows, in the same run. Off in the normal
 * suite; run with -Dmembers.bench=true (command in docs/benchmarks.md).
 */
@SpringBootTest(properties = "amicus.members.index-poll=PT1H")
@EnabledIfSystemProperty(named = "members.bench", matches = "true")
class MembersBenchmark {

    static final String[][] GIVEN = {
            { "Aminata", "José", "Ana", "Jean", "Grace", "Maria", "Pedro", "Fatou", "Luis", "Claire", "John", "Sofia", "Ibrahim", "Joana" },
            { "محمد", "فاطمة", "أحمد", "ليلى", "عمر", "سارة", "يوسف", "مريم" },
            { "Алексей", "Ольга", "Иван", "Наталья", "Сергей", "Мария" },
            { "Νίκος", "Ελένη", "Γιώργος", "Μαρία" },
            { "伟", "芳", "娜", "敏", "静" } };
    static final String[][] FAMILY = {
            { "Diallo", "Ramírez", "Gómez", "Mbeki", "Wanjiru", "Silva", "Quispe", "Ndiaye", "Okello", "Dubois", "Smith", "Costa", "Al-Bashir", "Santos" },
            { "الأمين", "حسن", "عبد الله", "منصور", "الخطيب" },
            { "Иванов", "Петрова", "Смирнов", "Зуева" },
            { "Παπαδόπουλος", "Γεωργίου", "Νικολάου" },
            { "王", "李", "张", "刘" } };
    static final String[] LANGUAGES = { "en", "fr", "es", "ar", "pt", "ru", "sw", "zh", "el", "wo" };
    static final String[] REGIONS = { "africa", "americas", "asia-pacific", "europe", "mena", "caribbean" };

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SearchIndex index;

    @Autowired
    Search search;

    @Autowired
    Importer importer;

    final Random random = new Random(2009);
    final List<String> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream().sorted().limit(150).toList();
    final StringBuilder report = new StringBuilder();

    @Test
    void generateThenMeasure() throws IOException {
        int scale = Integer.getInteger("members.bench.scale", 10);
        int organisations = 2_500 * scale;
        int people = 50_000 * scale;
        line("database: %s; scale %d: %,d organisations, %,d people (%,d journalists), %d countries", dbName(), scale,
                organisations, people, 5_000, countries.size());
        long t = System.nanoTime();
        List<Long> orgIds = generateOrganisations(organisations);
        List<Long> personIds = generatePeople(people, orgIds);
        line("generated in %.1f s", seconds(t));
        t = System.nanoTime();
        index.index(orgIds, true);
        index.index(personIds, false);
        line("indexed %,d records in %.1f s", orgIds.size() + personIds.size(), seconds(t));
        measureSearch();
        for (int round = 1; round <= Integer.getInteger("members.bench.imports", 3); round++) {
            measureImport(round, orgIds);
        }
        System.out.println(report);
    }

    private String dbName() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion());
    }

    private List<Long> generateOrganisations(int n) {
        List<Object[]> rows = new ArrayList<>(n);
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            int script = i % 10 < 6 ? 0 : i % 5;
            String name = pick(FAMILY[script]) + " " + pick(GIVEN[script]) + " " + (i % 3 == 0 ? "Coalition" : "Network") + " " + i;
            String kind = i % 10 == 9 ? "MEDIA" : "NGO";
            rows.add(new Object[] { kind, name, countries.get(i % countries.size()), REGIONS[i % REGIONS.length],
                    LANGUAGES[i % LANGUAGES.length] + ";" + LANGUAGES[(i + 3) % LANGUAGES.length], i % 7 == 0 ? "APPLICANT" : "MEMBER",
                    now, now });
        }
        insert("insert into organisation (kind, name, country, region, languages, membership_status, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return jdbc.queryForList("select id from organisation where name like '% %' and source is null order by id", Long.class);
    }

    private List<Long> generatePeople(int n, List<Long> orgIds) {
        List<Object[]> rows = new ArrayList<>(n);
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            int script = i % 10 < 7 ? 0 : i % 5;
            boolean journalist = i < 5_000;
            // every tenth organisation is a media outlet
            long outlet = orgIds.get(9 + 10 * (i % (orgIds.size() / 10)));
            rows.add(new Object[] { pick(GIVEN[script]) + " " + pick(FAMILY[script]), countries.get(i % countries.size()),
                    LANGUAGES[i % LANGUAGES.length] + ";" + LANGUAGES[(i / 7) % LANGUAGES.length], LANGUAGES[i % 5],
                    journalist ? outlet : null, journalist ? "international justice" : null, now, now });
        }
        insert("insert into person (name, country, languages, preferred_language, outlet_id, beat, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        List<Long> ids = jdbc.queryForList("select id from person order by id", Long.class);
        List<Object[]> emails = new ArrayList<>(ids.size());
        List<Object[]> roles = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            emails.add(new Object[] { ids.get(i), "person" + i + "@example.org", true });
            // the person's organisation is in the same country: organisations cycle through the countries too
            int org = (i % countries.size()) + countries.size() * random.nextInt(Math.max(1, orgIds.size() / countries.size()));
            roles.add(new Object[] { ids.get(i), orgIds.get(Math.min(org, orgIds.size() - 1)), "staff" });
        }
        insert("insert into person_email (person_id, email, is_primary) values (?, ?, ?)", emails);
        insert("insert into affiliation (person_id, organisation_id, role) values (?, ?, ?)", roles);
        return ids;
    }

    private void insert(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 5_000) {
            List<Object[]> chunk = rows.subList(i, Math.min(rows.size(), i + 5_000));
            tx.executeWithoutResult(s -> jdbc.batchUpdate(sql, chunk));
        }
    }

    private void measureSearch() {
        for (int i = 0; i < 300; i++) {
            search.page(twoFilters(), 0, 25);
        }
        long[] nanos = new long[1_000];
        long[] cpu = new long[nanos.length];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (int i = 0; i < nanos.length; i++) {
            MemberQuery q = twoFilters();
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            total += search.page(q, 0, 25).total();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        line("search, two filters (country + language), first page of 25, 1,000 searches: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (avg %,d matches)",
                ms(nanos[499]), ms(nanos[949]), ms(nanos[989]), ms(nanos[999]), total / nanos.length);
        // On a shared machine the wall time includes waiting for a core; the thread's CPU time does not.
        line("  the same searches, CPU time of the searching thread: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; load average %.1f on %d cores",
                ms(cpu[499]), ms(cpu[949]), ms(cpu[989]), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < nanos.length; i++) {
            MemberQuery q = new MemberQuery(pick(FAMILY[0]), null, null, countries.get(random.nextInt(countries.size())), null, null,
                    null, null, null);
            long t = System.nanoTime();
            search.page(q, 0, 25);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        line("search, a name + country, 1,000 searches: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", ms(nanos[499]), ms(nanos[949]), ms(nanos[989]));
        double namePlusCountry = ms(nanos[949]);
        // Latin spellings of the Arabic given names: found through the consonant skeleton, not the words.
        String[] spellings = { "Mohamed", "Muhammad", "Fatima", "Ahmed", "Omar", "Youssef", "Maryam", "Leila" };
        long found = 0;
        for (int i = 0; i < nanos.length; i++) {
            MemberQuery q = new MemberQuery(spellings[i % spellings.length], null, null, countries.get(random.nextInt(countries.size())),
                    null, null, null, null, null);
            long t = System.nanoTime();
            found += search.page(q, 0, 25).total();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        line("search, a Latin spelling of an Arabic name + country, 1,000 searches: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms "
                + "(avg %,d matches; p95 %.2f x the name + country search)", ms(nanos[499]), ms(nanos[949]), ms(nanos[989]),
                found / nanos.length, ms(nanos[949]) / namePlusCountry);
    }

    private MemberQuery twoFilters() {
        return new MemberQuery(null, null, null, countries.get(random.nextInt(countries.size())), null,
                LANGUAGES[random.nextInt(LANGUAGES.length)], null, null, null);
    }

    private void measureImport(int round, List<Long> orgIds) {
        int n = 50_000;
        List<String[]> rows = new ArrayList<>(n);
        List<String> orgNames = jdbc.queryForList("select name from organisation where id in (" + orgIds.get(0) + ", "
                + orgIds.get(1) + ", " + orgIds.get(2) + ")", String.class);
        StringBuilder csv = new StringBuilder("name,email,country,languages,organisation,role\n");
        for (int i = 0; i < n; i++) {
            String[] r = { pick(GIVEN[0]) + " " + pick(FAMILY[0]), "import" + round + "-" + i + "@example.org",
                    countries.get(i % countries.size()), "en;fr", orgNames.get(i % orgNames.size()), "member" };
            rows.add(r);
            csv.append(String.join(",", r[0], r[1], r[2], "\"" + r[3] + "\"", "\"" + r[4] + "\"", r[5])).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Map<String, Long> orgByName = new java.util.HashMap<>();
        for (String name : orgNames) {
            orgByName.put(name, jdbc.queryForObject("select min(id) from organisation where name = ?", Long.class, name));
        }

        long t = System.nanoTime();
        long firstId = baseline(rows, orgByName);
        double plain = seconds(t);
        jdbc.update("delete from affiliation where person_id >= ?", firstId);
        jdbc.update("delete from person_email where person_id >= ?", firstId);
        jdbc.update("delete from person where id >= ?", firstId);

        t = System.nanoTime();
        var result = importer.apply(file, "bench.csv", Map.of(), Map.of());
        double imported = seconds(t);
        line("import round %d, %,d people: plain JDBC batch %.2f s (%,.0f rows/s); Amicus import (parse, check, insert, audit, index) %.2f s (%,.0f rows/s) = %.0f%% of the plain speed",
                round, result.created(), plain, n / plain, imported, n / imported, 100 * plain / imported);
    }

    /** The same rows (person, address, role) inserted with plain JDBC batches in one transaction. */
    private long baseline(List<String[]> rows, Map<String, Long> orgByName) {
        return tx.execute(s -> {
            var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            List<Object[]> people = new ArrayList<>(rows.size());
            for (String[] r : rows) {
                people.add(new Object[] { r[0], r[2], r[3], now, now });
            }
            long before = jdbc.queryForObject("select coalesce(max(id), 0) from person", Long.class);
            jdbc.batchUpdate("insert into person (name, country, languages, created_at, updated_at) values (?, ?, ?, ?, ?)", people, 1_000,
                    (ps, row) -> {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(i + 1, row[i]);
                        }
                    });
            List<Long> ids = jdbc.queryForList("select id from person where id > ? order by id", Long.class, before);
            List<Object[]> emails = new ArrayList<>(rows.size());
            List<Object[]> roles = new ArrayList<>(rows.size());
            for (int i = 0; i < ids.size(); i++) {
                emails.add(new Object[] { ids.get(i), rows.get(i)[1], true });
                roles.add(new Object[] { ids.get(i), orgByName.get(rows.get(i)[4]), rows.get(i)[5] });
            }
            jdbc.batchUpdate("insert into person_email (person_id, email, is_primary) values (?, ?, ?)", emails);
            jdbc.batchUpdate("insert into affiliation (person_id, organisation_id, role) values (?, ?, ?)", roles);
            return ids.get(0);
        });
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/members-benchmark.txt"), report.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
