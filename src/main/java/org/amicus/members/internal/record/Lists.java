package org.amicus.members.internal.record;

import java.util.Arrays;
import java.util.List;

/** Lists of codes (languages, focus areas, phones) as one ';'-separated column. */
public final class Lists {

    private Lists() {
    }

    public static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(";", values);
    }

    public static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split("[;,]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The columns of a record followed by the statement's other parameters. */
    static Object[] concat(Object[] head, Object... tail) {
        Object[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
