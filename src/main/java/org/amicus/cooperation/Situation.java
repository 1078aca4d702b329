package org.amicus.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.amicus.platform.Language;

/**
 * An ICC situation (Darfur, Sudan; Ukraine; ...): its code in the coalition's URLs, the Court's
 * number, the state whose territory or nationals it concerns, how it reached the Court and when
 * the investigation opened (null where not recorded).
 */
public record Situation(String code, String iccNumber, String iso3, Trigger trigger, LocalDate opened,
        Map<Language, String> names, String source, Instant recordedAt, String recordedBy) {

    /** How the situation reached the Court (article 13). */
    public enum Trigger {
        STATE_REFERRAL, SECURITY_COUNCIL_REFERRAL, PROPRIO_MOTU
    }

    public String name(Language language) {
        return names.getOrDefault(language, names.get(Language.EN));
    }
}
