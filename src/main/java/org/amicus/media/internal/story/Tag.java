package org.amicus.media.internal.story;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a story is about: a situation (its code), a state (ISO3), an organisation or a person of the
 * CRM (its id), a staff member, a suspect or an official of the Court.
 */
public record Tag(Kind kind, String ref) {

    /** How a story's row keeps the tag: "KIND:ref" (a kind has no colon; a ref may). */
    public String key() {
        return kind.name() + ":" + ref;
    }

    static Tag ofKey(String key) {
        int colon = key.indexOf(':');
        return new Tag(Kind.valueOf(key.substring(0, colon)), key.substring(colon + 1));
    }

    /** The tags in a column of media_story's tags (null for a story without any). */
    static List<Tag> read(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<Tag> tags = new ArrayList<>();
        for (Object key : (Object[]) array.getArray()) {
            tags.add(ofKey((String) key));
        }
        return tags;
    }

    public enum Kind {
        SITUATION, STATE, ORGANISATION, PERSON,
        /** A member of the secretariat's staff (an Amicus user with the staff role), by username. */
        STAFF,
        /** Someone a warrant or summons names (cooperation's record), by the first such warrant's id. */
        SUSPECT,
        /** A judge, the Prosecutor or another office holder of the Court or the Assembly (court's record), by office-holder id. */
        OFFICIAL
    }
}
