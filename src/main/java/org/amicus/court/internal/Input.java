package org.amicus.court.internal;

import java.util.List;

import org.amicus.platform.RejectedInput;
import org.amicus.platform.RejectedInput.Problem;

/** What every court record does with typed input: blanks are absent values, and all problems are refused at once. */
public final class Input {

    private Input() {
    }

    /** The text trimmed, or null when blank. */
    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Adds "court.required.{field}" when the value is missing (null or blank text). */
    public static void require(List<Problem> problems, Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            problems.add(new Problem(0, field, "court.required." + field));
        }
    }

    /** Refuses the input with every problem found, or does nothing when there is none. */
    public static void reject(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RejectedInput(problems);
        }
    }
}
