package org.amicus.states.internal.following;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.amicus.platform.Timestamps;
import org.amicus.states.LegislationStageRecorded;
import org.amicus.states.StateFactRecorded;
import org.amicus.states.TreatyEventRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows which state, and their alerts. Each recorded change to a state (a treaty event, a
 * legislation stage, a cooperation fact) becomes one alert per follower, after the change has committed; the event
 * publication registry retries an alert that failed to be written.
 */
@Service
public class Following {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Following(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A new follow, told to the alert e-mails in the same transaction. */
    record Followed(String username, String iso3) {
    }

    @Transactional
    public void follow(String username, String iso3) {
        if (!follows(username, iso3)) {
            jdbc.sql("insert into follow (username, iso3, created_at) values (?, ?, ?)")
                .params(username, iso3, Timestamps.now()).update();
            events.publishEvent(new Followed(username, iso3));
        }
    }

    @Transactional
    public void unfollow(String username, String iso3) {
        jdbc.sql("delete from follow where username = ? and iso3 = ?").params(username, iso3).update();
    }

    public boolean follows(String username, String iso3) {
        return jdbc.sql("select count(*) from follow where username = ? and iso3 = ?").params(username, iso3)
            .query(Long.class).single() > 0;
    }

    /** The states a person follows. */
    public List<String> followed(String username) {
        return jdbc.sql("select iso3 from follow where username = ? order by iso3").param(username)
            .query(String.class).list();
    }

    /** One person following one state. */
    public record Follower(long id, String username) {
    }

    public List<Follower> followers(String iso3) {
        return jdbc.sql("select id, username from follow where iso3 = ? order by id").param(iso3)
            .query((rs, row) -> new Follower(rs.getLong("id"), rs.getString("username"))).list();
    }

    /** Ends one follow, as its alert e-mail's one-click unsubscribe asks; a follow already ended is left alone. */
    @Transactional
    public void stop(long followId) {
        jdbc.sql("delete from follow where id = ?").param(followId).update();
    }

    /** A person's newest alerts first. */
    public List<Alert> alerts(String username, int max) {
        return jdbc.sql("select * from alert where username = ? order by id desc fetch first ? rows only")
            .params(username, max)
            .query((rs, row) -> new Alert(rs.getLong("id"), rs.getString("iso3"), rs.getString("kind"),
                    rs.getString("subject"), rs.getString("component"), rs.getObject("fact_date", LocalDate.class),
                    rs.getString("action"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "read_at")))
            .list();
    }

    public long unread(String username) {
        return jdbc.sql("select count(*) from alert where username = ? and read_at is null").param(username)
            .query(Long.class).single();
    }

    @Transactional
    public void markRead(String username) {
        jdbc.sql("update alert set read_at = ? where username = ? and read_at is null")
            .params(Timestamps.now(), username).update();
    }

    @ApplicationModuleListener
    void on(TreatyEventRecorded e) {
        alertFollowers(e.iso3(), Alert.TREATY, e.type(), null, e.date(), e.action());
    }

    @ApplicationModuleListener
    void on(LegislationStageRecorded e) {
        alertFollowers(e.iso3(), Alert.LEGISLATION, e.stage(), e.component(), e.date(), e.action());
    }

    /** Another module's fact is kept here too (state_fact), since the state's Atom feed cannot read that module. */
    @ApplicationModuleListener
    void on(StateFactRecorded e) {
        jdbc.sql("""
                insert into state_fact (iso3, kind, subject, fact_date, action, source, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
            .params(e.iso3(), e.kind(), e.subject(), e.date(), e.action(), e.source(), Timestamps.now()).update();
        alertFollowers(e.iso3(), e.kind(), e.subject(), null, e.date(), e.action());
    }

    /** A fact another module recorded about a state, as its feed shows it. */
    public record StateFact(long id, String kind, String subject, LocalDate date, String action, String source,
            Instant recordedAt) {
    }

    public List<StateFact> facts(String iso3) {
        return jdbc.sql("select * from state_fact where iso3 = ? order by id").param(iso3)
            .query((rs, row) -> new StateFact(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
                    rs.getObject("fact_date", LocalDate.class), rs.getString("action"), rs.getString("source"),
                    Timestamps.read(rs, "recorded_at")))
            .list();
    }

    private void alertFollowers(String iso3, String kind, String subject, String component, LocalDate date,
            String action) {
        jdbc.sql("""
                insert into alert (username, iso3, kind, subject, component, fact_date, action, created_at)
                select username, iso3, ?, ?, ?, ?, ?, ? from follow where iso3 = ?""")
            .params(kind, subject, component, date, action, Timestamps.now(), iso3).update();
    }
}
