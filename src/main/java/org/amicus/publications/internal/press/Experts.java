package org.amicus.publications.internal.press;

import java.util.List;
import java.util.Optional;

import org.amicus.members.Members;
import org.amicus.members.PersonRef;
import org.amicus.members.Purpose;
import org.springframework.stereotype.Component;

/**
 * The experts a press item names, as the CRM has them at the moment of printing: only those whose
 * newest consent to be listed as an expert is a grant. A withdrawn consent leaves the expert out.
 */
@Component
public class Experts {

    private final Members members;

    Experts(Members members) {
        this.members = members;
    }

    public List<PersonRef> printable(List<Long> personIds) {
        return personIds.stream().filter(id -> members.hasConsent(id, Purpose.EXPERT_LISTING)).map(members::person)
            .flatMap(Optional::stream).toList();
    }

    public boolean exists(long personId) {
        return members.person(personId).isPresent();
    }
}
