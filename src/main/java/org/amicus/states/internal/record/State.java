package org.amicus.states.internal.record;

import java.math.BigDecimal;
import java.util.Map;

import org.amicus.platform.Language;

/** A state: UN member, observer, or Cook Islands and Niue; with its names in the five languages. */
public record State(String iso3, String iso2, String isoNumeric, String unStatus, UnRegionalGroup group,
        Map<Language, String> names, BigDecimal latitude, BigDecimal longitude) {

    public static final String UN_MEMBER = "UN_MEMBER";

    public String name(Language language) {
        return names.getOrDefault(language, names.get(Language.EN));
    }

    public boolean unMember() {
        return UN_MEMBER.equals(unStatus);
    }
}
