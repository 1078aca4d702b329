package org.amicus.states.internal.legislation;

/** How far a state's implementing legislation has come, in the order a process moves forward. */
public enum Stage {
    NO_ACTION, GOVERNMENT_COMMITTED, DRAFT_IN_EXECUTIVE, DRAFT_BEFORE_PARLIAMENT, ENACTED;

    public boolean before(Stage other) {
        return compareTo(other) < 0;
    }
}
