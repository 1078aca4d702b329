package org.amicus.court.internal.election;

/**
 * One minimum voting requirement in one round: every valid ballot names at least {@code minimum}
 * standing candidates of {@code group} while it is {@link State#IN_FORCE}.
 *
 * @param candidates the candidates of the group still standing, which the requirement never exceeds
 */
public record Requirement(Category category, String group, int minimum, int candidates, State state) {

    public enum Category {
        LIST, GENDER, REGION
    }

    public enum State {
        /** Ballots must meet it this round. */
        IN_FORCE,
        /** The bench already has enough judges of the group (or no seat or candidate is left for it). */
        FULFILLED,
        /** Still unmet, but discontinued by the rules for this round and later ones. */
        DISCONTINUED
    }

    public boolean inForce() {
        return state == State.IN_FORCE;
    }

    public boolean matches(Profile p) {
        return switch (category) {
            case LIST -> p.list() != null && p.list().name().equals(group);
            case GENDER -> p.gender().name().equals(group);
            case REGION -> p.region().name().equals(group);
        };
    }
}
