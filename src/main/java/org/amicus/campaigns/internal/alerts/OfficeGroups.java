package org.amicus.campaigns.internal.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amicus.members.MembersLookup;
import org.amicus.members.PersonRef;
import org.amicus.platform.ShippedCsv;
import org.springframework.stereotype.Component;

/**
 * Groups of offices an alert can write to ("the members of the Security Council", "the ASP Bureau"),
 * shipped with their sources in {@code data/campaigns/office-groups.csv}. A seat is an office for a state
 * over a period (the Security Council's elected members change every January), or an office any state may
 * hold (the Bureau's President, Vice-Presidents and members): on the day a letter goes each seat is
 * resolved to whoever holds it in the CRM, so elections and reshuffles need no one to re-select targets.
 */
@Component
public class OfficeGroups {

    /** A seat: {@code state} null means the office's holders of any state, up to {@code seats} of them. */
    public record Seat(String office, String state, int seats, LocalDate from, LocalDate to, String source) {

        boolean sits(LocalDate on) {
            return (from == null || !from.isAfter(on)) && (to == null || !to.isBefore(on));
        }
    }

    /** A seat and who holds it on the day (empty when nobody in the CRM does). */
    public record Held(Seat seat, List<PersonRef> holders) {
    }

    private final Map<String, List<Seat>> groups = new LinkedHashMap<>();
    private final MembersLookup lookup;

    OfficeGroups(MembersLookup lookup) {
        this.lookup = lookup;
        for (var row : ShippedCsv.rows("data/campaigns/office-groups.csv")) {
            groups.computeIfAbsent(row.get("group"), k -> new ArrayList<>()).add(new Seat(row.get("office"), blankToNull(row.get("state")),
                    Integer.parseInt(row.get("seats")), date(row.get("from")), date(row.get("to")), row.get("source")));
        }
    }

    public Set<String> names() {
        return groups.keySet();
    }

    public boolean exists(String group) {
        return groups.containsKey(group);
    }

    /** The group's seats on the day, each with its holders in the CRM. */
    public List<Held> seats(String group, LocalDate on) {
        return groups.getOrDefault(group, List.of()).stream().filter(s -> s.sits(on))
            .map(s -> new Held(s, s.state() != null ? lookup.officeHolder(s.office(), s.state(), on).stream().toList()
                    : lookup.officeHolders(s.office(), on).stream().limit(s.seats()).toList()))
            .toList();
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
