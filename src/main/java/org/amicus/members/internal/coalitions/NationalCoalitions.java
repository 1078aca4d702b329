package org.amicus.members.internal.coalitions;

import java.time.LocalDate;

import org.amicus.platform.UserContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who belongs to a country's national coalition today: the member organisation a MEMBER user speaks
 * for, or the person whose e-mail address is the user's, is a current member (no end date passed)
 * of a NATIONAL_COALITION group of that country. Deleted, erased and merged-away records count for nothing.
 */
@Component
public class NationalCoalitions {

    private final JdbcClient jdbc;
    private final UserContacts users;

    NationalCoalitions(JdbcClient jdbc, UserContacts users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public boolean includes(String username, String iso3) {
        if (username == null || iso3 == null) {
            return false;
        }
        // "" matches no address, and keeps the parameter typed for PostgreSQL
        String email = users.contact(username).map(UserContacts.Contact::email).orElse("");
        LocalDate today = LocalDate.now();
        return jdbc.sql("""
                select count(*) from group_membership m join member_group g on g.id = m.group_id
                where g.kind = 'NATIONAL_COALITION' and upper(g.country) = upper(:iso3)
                  and (m.from_date is null or m.from_date <= :today) and (m.to_date is null or m.to_date >= :today)
                  and (m.organisation_id in (select a.organisation_id from member_account a join organisation o
                                             on o.id = a.organisation_id
                                             where lower(a.username) = lower(:username)
                                               and o.deleted_at is null and o.merged_into_id is null)
                       or m.person_id in (select e.person_id from person_email e join person p on p.id = e.person_id
                                          where lower(e.email) = lower(:email) and p.deleted_at is null
                                            and p.erased_at is null and p.merged_into_id is null))""")
            .param("iso3", iso3).param("today", today).param("username", username).param("email", email)
            .query(Long.class).single() > 0;
    }
}
