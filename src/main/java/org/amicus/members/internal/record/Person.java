package org.amicus.members.internal.record;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * A person (a missing id reads as 0, a new record): names in any script, e-mail addresses (the first is the primary one), phones,
 * languages; and, when they have those roles, the expert, official and journalist facts.
 */
public record Person(@JsonSetter(nulls = Nulls.AS_EMPTY) long id, String name, String nameLatin, String country, List<String> languages,
        String preferredLanguage, String expertise, List<String> emails, List<String> phones, List<String> pressTopics,
        List<String> pressLanguages, String office, String officeState, LocalDate termFrom, LocalDate termTo,
        Long outletId, String beat, List<String> situations, List<String> tags) {

    public Person withId(long newId) {
        return new Person(newId, name, nameLatin, country, languages, preferredLanguage, expertise, emails, phones,
                pressTopics, pressLanguages, office, officeState, termFrom, termTo, outletId, beat, situations, tags);
    }

    public String primaryEmail() {
        return emails == null || emails.isEmpty() ? null : emails.get(0);
    }

    /** The press and contact roles this person has, for search filters. */
    public List<String> roles() {
        var roles = new java.util.ArrayList<String>();
        if (pressTopics != null && !pressTopics.isEmpty()) {
            roles.add("EXPERT");
        }
        if (office != null && !office.isBlank()) {
            roles.add("OFFICIAL");
        }
        if (outletId != null || (beat != null && !beat.isBlank())) {
            roles.add("JOURNALIST");
        }
        return roles;
    }
}
