package org.amicus.campaigns;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.amicus.platform.Timestamps;
import org.amicus.platform.internal.security.Role;
import org.amicus.platform.internal.security.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Records the campaign tests need in the contacts and among the users, each with a fresh name. */
public final class CampaignFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CampaignFixtures() {
    }

    public static String tag() {
        return "c" + System.nanoTime() % 100000 + SEQUENCE.incrementAndGet();
    }

    /** An organisation of the coalition; status MEMBER or another. */
    public static long organisation(JdbcClient jdbc, String name, String status) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (kind, name, country, membership_status, member_since, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)")
            .params("NGO", name, "KEN", status, LocalDate.of(2005, 1, 1), Timestamps.now(), Timestamps.now()).update(key, "id");
        return key.getKey().longValue();
    }

    /** An official holding an office for a state from a date, with an e-mail address or none. */
    public static long official(JdbcClient jdbc, String name, String office, String iso3, LocalDate from, String email) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into person (name, country, preferred_language, office, office_state, term_from, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
            .params(name, iso3, "en", office, iso3, from, Timestamps.now(), Timestamps.now()).update(key, "id");
        long id = key.getKey().longValue();
        if (email != null) {
            jdbc.sql("insert into person_email (person_id, email, is_primary) values (?, ?, true)").params(id, email).update();
        }
        return id;
    }

    public static String staff(Users users, String name) {
        users.create(name, name, name + "@example.org", "{noop}unused", "en", false, Set.of(Role.STAFF));
        return name;
    }
}
