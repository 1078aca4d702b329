package org.amicus.members.internal.coalitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.amicus.members.Members;
import org.amicus.platform.Timestamps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Who belongs to a country's national coalition today, as other modules ask the members record. */
@SpringBootTest
class NationalCoalitionsTest {

    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    private long organisation(String name) {
        return insert("insert into organisation (kind, name, country, created_at, updated_at) values ('NGO', ?, 'PER', ?, ?)",
                name, Timestamps.now(), Timestamps.now());
    }

    private long coalition(String iso3) {
        return insert("insert into member_group (kind, name, country, created_at) values ('NATIONAL_COALITION', ?, ?, ?)",
                "Coalición " + iso3, iso3, Timestamps.now());
    }

    private void membership(long group, Long person, Long organisation, LocalDate from, LocalDate to) {
        insert("insert into group_membership (group_id, person_id, organisation_id, from_date, to_date) values (?, ?, ?, ?, ?)",
                group, person, organisation, from, to);
    }

    private void account(String username, long organisation) {
        jdbc.sql("insert into member_account (username, organisation_id) values (?, ?)").params(username, organisation).update();
    }

    @Test
    void aMemberOrganisationOfTheCountrysCoalitionBelongsAndOthersDoNot() {
        long peru = coalition("PER");
        long chile = coalition("CHL");
        long aprodeh = organisation("APRODEH (coalitions test)");
        long other = organisation("Other NGO (coalitions test)");
        long former = organisation("Former member (coalitions test)");
        membership(peru, null, aprodeh, LocalDate.of(2005, 1, 1), null);
        membership(chile, null, other, null, null);
        membership(peru, null, former, LocalDate.of(2003, 1, 1), LocalDate.of(2010, 12, 31));
        account("coalitions-aprodeh", aprodeh);
        account("coalitions-other", other);
        account("coalitions-former", former);

        assertThat(members.inNationalCoalition("coalitions-aprodeh", "PER")).isTrue();
        assertThat(members.inNationalCoalition("Coalitions-APRODEH", "per")).as("any case").isTrue();
        assertThat(members.inNationalCoalition("coalitions-aprodeh", "CHL")).isFalse();
        assertThat(members.inNationalCoalition("coalitions-other", "PER")).isFalse();
        assertThat(members.inNationalCoalition("coalitions-former", "PER")).as("membership ended in 2010").isFalse();
        assertThat(members.inNationalCoalition("nobody-at-all", "PER")).isFalse();

        jdbc.sql("update organisation set deleted_at = ? where id = ?").params(Timestamps.now(), aprodeh).update();
        assertThat(members.inNationalCoalition("coalitions-aprodeh", "PER")).as("a deleted organisation").isFalse();
    }

    @Test
    void aPersonWhoIsAMemberBelongsThroughTheUsersAddress() {
        long kenya = coalition("KEN");
        long person = insert("insert into person (name, created_at, updated_at) values ('Wanjiru (coalitions test)', ?, ?)",
                Timestamps.now(), Timestamps.now());
        insert("insert into person_email (person_id, email, is_primary) values (?, 'wanjiru@kcicc.test', true)", person);
        membership(kenya, person, null, null, null);
        insert("""
                insert into app_user (username, display_name, email, password_hash, preferred_language, created_at)
                values ('coalitions-wanjiru', 'Wanjiru', 'Wanjiru@KCICC.test', '{noop}x', 'en', ?)""", Timestamps.now());

        assertThat(members.inNationalCoalition("coalitions-wanjiru", "KEN")).isTrue();
        assertThat(members.inNationalCoalition("coalitions-wanjiru", "UGA")).isFalse();
    }
}
