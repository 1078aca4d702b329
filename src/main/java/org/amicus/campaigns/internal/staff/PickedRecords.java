package org.amicus.campaigns.internal.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.amicus.members.MembersLookup;
import org.amicus.members.MembersLookup.Match;
import org.springframework.stereotype.Component;

/**
 * The CRM records the staff forms link (people, organisations, groups), by name: what a form's field
 * holds, and what a search by name finds, each with what tells two namesakes apart (a person's office
 * and state, their organisations). The form fragment {@code campaigns/pick :: picker} reads it as
 * {@code @pickedRecords}.
 */
@Component
public class PickedRecords {

    static final Set<String> KINDS = Set.of("person", "organisation", "group");
    private static final int MATCHES = 20;

    private final MembersLookup lookup;

    PickedRecords(MembersLookup lookup) {
        this.lookup = lookup;
    }

    /** The records a field holds ("12 15", or "12,15" as ticked boxes come back), in that order; numbers that name nothing are left out. */
    public List<Match> named(String kind, String ids) {
        return lookup.describe(known(kind), numbers(ids));
    }

    /** What a search by name finds, less what the field already holds; nothing for fewer than two letters. */
    public List<Match> found(String kind, String words, String ids) {
        if (words == null || words.strip().length() < 2) {
            return List.of();
        }
        List<Long> held = numbers(ids);
        List<Long> hits = lookup.find(known(kind), words.strip(), MATCHES).stream().map(Match::id).filter(id -> !held.contains(id)).toList();
        return lookup.describe(known(kind), hits);
    }

    static String known(String kind) {
        return KINDS.contains(kind) ? kind : "person";
    }

    private static List<Long> numbers(String ids) {
        List<Long> numbers = new ArrayList<>();
        for (String item : ids == null ? new String[0] : ids.split("[,;\\s]+")) {
            if (item.matches("\\d{1,18}")) {
                numbers.add(Long.parseLong(item));
            }
        }
        return numbers;
    }
}
