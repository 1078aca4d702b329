package org.amicus.media.internal.story;

/** What a story is about: a situation (its code), a state (ISO3), an organisation or a person of the CRM (its id). */
public record Tag(Kind kind, String ref) {

    public enum Kind {
        SITUATION, STATE, ORGANISATION, PERSON,
        /** A member of the secretariat's staff (an Amicus user with the staff role), by username. */
        STAFF
    }
}
