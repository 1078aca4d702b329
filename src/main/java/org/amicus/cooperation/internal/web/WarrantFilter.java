package org.amicus.cooperation.internal.web;

import java.util.List;

import org.amicus.cooperation.internal.record.WarrantKind;
import org.amicus.cooperation.internal.record.WarrantStatus;
import org.amicus.cooperation.internal.record.WarrantView;
import org.amicus.platform.RejectedInput;

/** The warrant list's filters, shared by the page and the API; "outstanding" means at large or held unsurrendered. */
record WarrantFilter(String situation, String status, WarrantKind kind) {

    static final String OUTSTANDING = "OUTSTANDING";

    static WarrantFilter of(String situation, String status, String kind) {
        String s = blank(status) ? null : status.trim().toUpperCase(java.util.Locale.ROOT);
        if (s != null && !s.equals(OUTSTANDING)) {
            parse("status", s, WarrantStatus.class);
        }
        return new WarrantFilter(blank(situation) ? null : situation.trim().toUpperCase(java.util.Locale.ROOT), s,
                blank(kind) ? null : parse("kind", kind.trim().toUpperCase(java.util.Locale.ROOT), WarrantKind.class));
    }

    List<WarrantView> apply(List<WarrantView> warrants) {
        return warrants.stream()
            .filter(v -> situation == null || v.situation().code().equals(situation))
            .filter(v -> status == null || (status.equals(OUTSTANDING) ? v.status().outstanding() : v.status().name().equals(status)))
            .filter(v -> kind == null || v.warrant().kind() == kind)
            .toList();
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(field, "param.unknownValue", value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
