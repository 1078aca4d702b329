package org.amicus.members.internal.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput.Problem;

/** The rules a record must keep, field by field, the same for forms, the API and imports. */
public final class Checks {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-/]{6,24}$");
    static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));
    static final Set<String> MAIL_LANGUAGES = Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toSet());

    private Checks() {
    }

    public static List<Problem> organisation(Organisation o, int line) {
        List<Problem> p = new ArrayList<>();
        required(p, line, "name", o.name(), 300);
        length(p, line, "nameLatin", o.nameLatin(), 300);
        length(p, line, "acronym", o.acronym(), 40);
        length(p, line, "city", o.city(), 120);
        oneOf(p, line, "kind", o.kind(), OrganisationKind.class, true);
        oneOf(p, line, "membershipStatus", o.membershipStatus(), MembershipStatus.class, false);
        country(p, line, "country", o.country());
        languages(p, line, "languages", o.languages());
        if (o.website() != null && !o.website().isBlank() && !o.website().matches("(?i)^https?://[^\\s]+$")) {
            p.add(new Problem(line, "website", "members.error.website", o.website()));
        }
        if (o.memberSince() != null && o.memberUntil() != null && o.memberUntil().isBefore(o.memberSince())) {
            p.add(new Problem(line, "memberUntil", "members.error.datesOrder"));
        }
        if (o.staffSize() != null && o.staffSize() < 0) {
            p.add(new Problem(line, "staffSize", "members.error.negative"));
        }
        return p;
    }

    public static List<Problem> person(Person x, int line) {
        List<Problem> p = new ArrayList<>();
        required(p, line, "name", x.name(), 300);
        length(p, line, "nameLatin", x.nameLatin(), 300);
        country(p, line, "country", x.country());
        country(p, line, "officeState", x.officeState());
        languages(p, line, "languages", x.languages());
        languages(p, line, "pressLanguages", x.pressLanguages());
        if (x.preferredLanguage() != null && !MAIL_LANGUAGES.contains(x.preferredLanguage())) {
            p.add(new Problem(line, "preferredLanguage", "members.error.mailLanguage", x.preferredLanguage()));
        }
        for (String e : x.emails()) {
            if (e.length() > 320 || !EMAIL.matcher(e).matches()) {
                p.add(new Problem(line, "email", "members.error.email", e));
            }
        }
        for (String ph : x.phones()) {
            if (!PHONE.matcher(ph).matches() || ph.chars().filter(Character::isDigit).count() < 6) {
                p.add(new Problem(line, "phone", "members.error.phone", ph));
            }
        }
        if (x.termFrom() != null && x.termTo() != null && x.termTo().isBefore(x.termFrom())) {
            p.add(new Problem(line, "termTo", "members.error.datesOrder"));
        }
        return p;
    }

    private static void required(List<Problem> p, int line, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            p.add(new Problem(line, field, "members.error.required"));
        } else {
            length(p, line, field, value, max);
        }
    }

    private static void length(List<Problem> p, int line, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.add(new Problem(line, field, "members.error.tooLong", max));
        }
    }

    private static <E extends Enum<E>> void oneOf(List<Problem> p, int line, String field, String value, Class<E> type,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(new Problem(line, field, "members.error.required"));
            }
            return;
        }
        if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(value))) {
            p.add(new Problem(line, field, "members.error.unknownValue", value));
        }
    }

    private static void country(List<Problem> p, int line, String field, String value) {
        if (value != null && !COUNTRIES.contains(value)) {
            p.add(new Problem(line, field, "members.error.country", value));
        }
    }

    private static void languages(List<Problem> p, int line, String field, List<String> values) {
        for (String l : values) {
            if (!LANGUAGES.contains(l)) {
                p.add(new Problem(line, field, "members.error.language", l));
            }
        }
    }
}
