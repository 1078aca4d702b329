package org.amicus.members.internal.record;

import java.util.List;
import java.util.Locale;

/** Input as typed, tidied before it is checked: trimmed, blanks as nothing, codes in their usual case. */
final class Clean {

    private Clean() {
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String upper(String s) {
        String t = text(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        String t = text(s);
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    static List<String> lowerAll(List<String> values) {
        return values == null ? List.of() : values.stream().map(Clean::lower).filter(v -> v != null).distinct().toList();
    }

    static List<String> all(List<String> values) {
        return values == null ? List.of() : values.stream().map(Clean::text).filter(v -> v != null).distinct().toList();
    }

    static Organisation organisation(Organisation o) {
        return new Organisation(o.id(), upper(o.kind()), text(o.name()), text(o.nameLatin()), text(o.acronym()),
                upper(o.country()), text(o.region()), text(o.city()), text(o.website()), lowerAll(o.languages()),
                lowerAll(o.focusAreas()), upper(o.membershipStatus()), o.memberSince(), o.memberUntil(), o.staffSize(),
                o.coalitionId(), text(o.source()), lowerAll(o.tags()));
    }

    static Person person(Person p) {
        return new Person(p.id(), text(p.name()), text(p.nameLatin()), upper(p.country()), lowerAll(p.languages()),
                lower(p.preferredLanguage()), text(p.expertise()), lowerAll(p.emails()), all(p.phones()),
                lowerAll(p.pressTopics()), lowerAll(p.pressLanguages()), text(p.office()), upper(p.officeState()),
                p.termFrom(), p.termTo(), p.outletId(), text(p.beat()), all(p.situations()), lowerAll(p.tags()));
    }
}
