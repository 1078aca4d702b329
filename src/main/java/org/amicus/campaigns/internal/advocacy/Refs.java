package org.amicus.campaigns.internal.advocacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.amicus.campaigns.internal.strategy.Checks;

/** Lists typed in a form ("KEN, UGA" or "12 15"), each item checked against the record it names. */
final class Refs {

    private Refs() {
    }

    static List<String> split(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(String::strip).distinct().toList();
    }

    static List<String> states(Checks checks, String field, String typed, Predicate<String> exists) {
        List<String> codes = new ArrayList<>();
        for (String code : split(typed)) {
            String iso3 = code.toUpperCase(Locale.ROOT);
            if (exists.test(iso3)) {
                codes.add(iso3);
            } else {
                checks.fail(field, "campaigns.unknownState", code);
            }
        }
        return codes;
    }

    static List<String> ids(Checks checks, String field, String typed, LongPredicate exists) {
        List<String> ids = new ArrayList<>();
        for (String item : split(typed)) {
            try {
                long id = Long.parseLong(item);
                if (exists.test(id)) {
                    ids.add(Long.toString(id));
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below, like an id that names nothing
            }
            checks.fail(field, "campaigns.unknownRecord", item);
        }
        return ids;
    }

    static List<String> staff(Checks checks, String field, List<String> usernames, Predicate<String> active) {
        List<String> valid = new ArrayList<>();
        for (String u : usernames == null ? List.<String>of() : usernames) {
            if (u.isBlank()) {
                continue;
            }
            if (active.test(u)) {
                valid.add(u.strip());
            } else {
                checks.fail(field, "campaigns.notActiveStaff", u);
            }
        }
        return valid;
    }
}
