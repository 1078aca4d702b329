package org.amicus.campaigns.internal.strategy;

/** What a goal aims at: exactly a number, at least a number, or a range (both ends included). */
public record Target(Kind kind, int min, Integer max) {

    public enum Kind {
        EXACT, MINIMUM, RANGE
    }

    public boolean isMet(int value) {
        return switch (kind) {
            case EXACT -> value == min;
            case MINIMUM -> value >= min;
            case RANGE -> value >= min && value <= max;
        };
    }

    /** Above the top of a range: the aim is passed, not missed. */
    public boolean isExceeded(int value) {
        return (kind == Kind.RANGE || kind == Kind.EXACT) && value > (kind == Kind.RANGE ? max : min);
    }

    /** The number or range as a page shows it ("7–10", "129"); "at least" is the page's words. */
    public String text() {
        return kind == Kind.RANGE ? min + "–" + max : String.valueOf(min);
    }
}
