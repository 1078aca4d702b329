package org.amicus.cooperation;

import java.util.List;
import java.util.Optional;

/** The situations and cases the record knows, for modules that follow the Court's proceedings. */
public interface Situations {

    List<Situation> situations();

    Optional<Situation> situation(String code);

    List<CourtCase> cases(String situationCode);

    Optional<CourtCase> courtCase(String caseNumber);

    /** Everyone a warrant or summons of the record names. */
    List<Suspect> suspects();
}
