package org.amicus.media.internal.story;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amicus.media.internal.fetch.UrlNormaliser;
import org.amicus.members.Members;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;
import org.amicus.platform.Timestamps;
import org.amicus.states.StatesDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sources and their health. A source that keeps failing is polled less and less often, up to once a day. */
@Component
public class Sources {

    static final Duration LONGEST_BACKOFF = Duration.ofDays(1);
    private static final String HEALTH = """
            select s.*, (select count(*) from media_appearance a where a.source_id = s.id and a.seen_at >= ?) recent
            from media_source s where s.removed = false""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final StatesDirectory states;
    private final Members members;

    Sources(JdbcClient jdbc, AuditTrail audit, StatesDirectory states, Members members) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.states = states;
        this.members = members;
    }

    /** What a staff member types to add a source. */
    public record Draft(String name, String kind, String url, String language, String country, Long outletId, Integer pollMinutes) {
    }

    @Transactional
    public Source add(Draft d) {
        List<Problem> problems = new ArrayList<>();
        Source.Kind kind = null;
        try {
            kind = Source.Kind.valueOf(d.kind() == null ? "FEED" : d.kind());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(0, "kind", "media.source.badKind"));
        }
        if (d.name() == null || d.name().isBlank() || d.name().length() > 300) {
            problems.add(new Problem(0, "name", "media.source.nameRequired"));
        }
        String url = kind == Source.Kind.EMAIL ? mailto(d.url()) : UrlNormaliser.normalise(d.url());
        if (kind == Source.Kind.EMAIL && url == null) {
            problems.add(new Problem(0, "url", "media.source.badAddress"));
        } else if (kind == Source.Kind.EMAIL && byAddress(url.substring("mailto:".length())).isPresent()) {
            problems.add(new Problem(0, "url", "media.source.addressTaken"));
        } else if (kind != Source.Kind.MANUAL && (url == null || d.url().length() > 2000)) {
            problems.add(new Problem(0, "url", "media.source.badUrl"));
        }
        if (d.language() != null && !d.language().isBlank() && !d.language().matches("[a-z]{2}")) {
            problems.add(new Problem(0, "language", "media.source.badLanguage"));
        }
        String country = d.country() == null || d.country().isBlank() ? null : d.country().trim().toUpperCase(java.util.Locale.ROOT);
        if (country != null && states.state(country).isEmpty()) {
            problems.add(new Problem(0, "country", "media.source.badCountry", country));
        }
        if (d.outletId() != null && members.organisation(d.outletId()).isEmpty()) {
            problems.add(new Problem(0, "outletId", "media.source.badOutlet", d.outletId()));
        }
        int minutes = d.pollMinutes() == null ? 60 : d.pollMinutes();
        if (minutes < 5 || minutes > 7 * 24 * 60) {
            problems.add(new Problem(0, "pollMinutes", "media.source.badInterval"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into media_source (name, kind, url, language, country, outlet_id, poll_minutes, next_poll_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(d.name().trim(), kind.name(), kind == Source.Kind.MANUAL ? null : kind == Source.Kind.EMAIL ? url : d.url().trim(),
                    d.language() == null || d.language().isBlank() ? null : d.language(), country, d.outletId(), minutes,
                    Timestamps.now(), Timestamps.now())
            .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(new Change("media_source", String.valueOf(id), "created", null, d, d.url(), d.name().trim()));
        return source(id);
    }

    @Transactional
    public void remove(long id) {
        Source s = source(id);
        jdbc.sql("update media_source set removed = true where id = ?").param(id).update();
        audit.record(new Change("media_source", String.valueOf(id), "removed", s, null, null, s.name()));
    }

    /** The source items entered by hand go to (created at the first such item). */
    @Transactional
    public Source byHand() {
        return jdbc.sql(HEALTH + " and s.kind = 'MANUAL' order by s.id").param(Timestamps.now().minusDays(7))
            .query(Sources::row).optional()
            .orElseGet(() -> add(new Draft("Entered by hand", "MANUAL", null, null, null, null, 60)));
    }

    public Source source(long id) {
        return find(id).orElseThrow(() -> new NotFound("media.source.notFound", id));
    }

    public Optional<Source> find(long id) {
        return jdbc.sql(HEALTH + " and s.id = ?").params(Timestamps.now().minusDays(7), id).query(Sources::row).optional();
    }

    public List<Source> all() {
        return jdbc.sql(HEALTH + " order by s.name").param(Timestamps.now().minusDays(7)).query(Sources::row).list();
    }

    /** The e-mail source that takes alerts sent to this address (any case). */
    public Optional<Source> byAddress(String address) {
        return jdbc.sql(HEALTH + " and s.kind = 'EMAIL' and lower(s.url) = ?")
            .params(Timestamps.now().minusDays(7), "mailto:" + address.replaceAll("[<>]", "").strip().toLowerCase(java.util.Locale.ROOT)).query(Sources::row)
            .optional();
    }

    /** "mailto:" and the address in lower case, or null when it is not an address. */
    private static String mailto(String given) {
        String a = given == null ? "" : given.strip().replaceFirst("(?i)^mailto:", "").toLowerCase(java.util.Locale.ROOT);
        return a.length() <= 300 && a.matches("[^@\\s<>\"]+@[a-z0-9.-]+\\.[a-z]{2,}") ? "mailto:" + a : null;
    }

    /** Sources whose next poll is due, the longest waiting first (alerts by e-mail and items by hand are never polled). */
    List<Source> due(Instant now, int limit) {
        return jdbc.sql(HEALTH + " and s.kind not in ('MANUAL', 'EMAIL') and s.next_poll_at <= ? order by s.next_poll_at fetch first " + limit + " rows only")
            .params(Timestamps.now().minusDays(7), Timestamps.param(now)).query(Sources::row).list();
    }

    void succeeded(Source s, String etag, String lastModified, Instant now) {
        jdbc.sql("""
                update media_source set etag = ?, last_modified = ?, last_success_at = ?, failures = 0,
                next_poll_at = ? where id = ?""")
            .params(truncate(etag, 500), truncate(lastModified, 100), Timestamps.param(now),
                    Timestamps.param(now.plus(Duration.ofMinutes(s.pollMinutes()))), s.id())
            .update();
    }

    /** Records the failure and waits twice as long after each failure in a row (at most a day). */
    void failed(Source s, String code, String detail, Instant now) {
        Duration wait = Duration.ofMinutes(s.pollMinutes()).multipliedBy(1L << Math.min(s.failures() + 1, 10));
        wait = wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
        jdbc.sql("update media_source set last_error_at = ?, last_error = ?, failures = failures + 1, next_poll_at = ? where id = ?")
            .params(Timestamps.param(now), truncate(code + " " + detail, 1000), Timestamps.param(now.plus(wait)), s.id())
            .update();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Source row(ResultSet rs, int n) throws SQLException {
        return new Source(rs.getLong("id"), rs.getString("name"), Source.Kind.valueOf(rs.getString("kind")), rs.getString("url"),
                rs.getString("language"), rs.getString("country"), rs.getObject("outlet_id", Long.class), rs.getInt("poll_minutes"),
                rs.getString("etag"), rs.getString("last_modified"), Timestamps.read(rs, "next_poll_at"),
                Timestamps.read(rs, "last_success_at"), Timestamps.read(rs, "last_error_at"), rs.getString("last_error"),
                rs.getInt("failures"), rs.getLong("recent") / 7.0);
    }
}
