package org.amicus.mail.internal;

import java.util.function.IntPredicate;

/**
 * Character tests on the per-message path. A plain loop: {@code String.chars().anyMatch} builds a
 * stream pipeline per call, which was a tenth of a mail worker's CPU (docs/benchmarks.md).
 */
public final class Chars {

    private Chars() {
    }

    /** Whether any character of the text passes the test. */
    public static boolean any(CharSequence text, IntPredicate test) {
        for (int i = 0; i < text.length(); i++) {
            if (test.test(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any character of the text is one of these. */
    public static boolean anyOf(CharSequence text, String these) {
        return any(text, c -> these.indexOf(c) >= 0);
    }
}
