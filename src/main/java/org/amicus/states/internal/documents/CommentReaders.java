package org.amicus.states.internal.documents;

import java.util.Set;

import org.amicus.members.Members;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who reads and writes the expert comments on a state's documents: staff, and the members of that
 * state's national coalition (the members module knows who they are). Other members and the public do not.
 */
@Component
public class CommentReaders {

    private static final Set<String> STAFF = Set.of("ROLE_STAFF", "ROLE_ADMIN");

    private final Members members;

    CommentReaders(Members members) {
        this.members = members;
    }

    public boolean mayRead(Authentication who, String iso3) {
        if (who == null || !who.isAuthenticated()) {
            return false;
        }
        if (who.getAuthorities().stream().anyMatch(a -> STAFF.contains(a.getAuthority()))) {
            return true;
        }
        return who.getAuthorities().stream().anyMatch(a -> "ROLE_MEMBER".equals(a.getAuthority()))
                && members.inNationalCoalition(who.getName(), iso3);
    }
}
