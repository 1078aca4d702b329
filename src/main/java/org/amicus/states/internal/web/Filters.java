package org.amicus.states.internal.web;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.amicus.platform.RejectedInput;
import org.amicus.states.internal.record.Status;
import org.amicus.states.internal.record.TargetCategory;
import org.amicus.states.internal.record.UnRegionalGroup;

/** The tracker table's filters and sort order, shared by the page and the CSV export. */
record Filters(UnRegionalGroup region, Status status, TargetCategory category, String sort, boolean descending) {

    static final List<String> SORTS = List.of("name", "region", "status", "signed", "deposited", "entryIntoForce");

    static Filters of(String region, String status, String category, String sort, String dir) {
        return new Filters(parse(UnRegionalGroup.class, region), parse(Status.class, status),
                parse(TargetCategory.class, category), sort != null && SORTS.contains(sort) ? sort : "name", "desc".equals(dir));
    }

    List<StateRow> apply(List<StateRow> rows, Locale locale) {
        return rows.stream()
            .filter(r -> region == null || r.unRegionalGroup().equals(region.name()))
            .filter(r -> status == null || r.status().equals(status.name()))
            .filter(r -> category == null || r.targetCategories().contains(category.name()))
            .sorted(descending ? comparator(locale).reversed() : comparator(locale))
            .toList();
    }

    private Comparator<StateRow> comparator(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<StateRow> byName = Comparator.comparing(StateRow::name, collator);
        return switch (sort) {
            case "region" -> Comparator.comparing(StateRow::unRegionalGroup).thenComparing(byName);
            case "status" -> Comparator.comparing((StateRow r) -> Status.valueOf(r.status())).thenComparing(byName);
            case "signed" -> byDate(r -> r.romeStatute().signed()).thenComparing(byName);
            case "deposited" -> byDate(r -> r.romeStatute().deposited()).thenComparing(byName);
            case "entryIntoForce" -> byDate(r -> r.romeStatute().entryIntoForce()).thenComparing(byName);
            default -> byName;
        };
    }

    private static Comparator<StateRow> byDate(Function<StateRow, LocalDate> date) {
        return Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(type.getSimpleName(), "param.unknownValue", value);
        }
    }
}
