package org.amicus.members.internal.record;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/** An organisation: a member NGO, an intergovernmental body, a ministry, a parliament, a media outlet, a partner. */
public record Organisation(@JsonSetter(nulls = Nulls.AS_EMPTY) long id, String kind, String name, String nameLatin, String acronym, String country,
        String region, String city, String website, List<String> languages, List<String> focusAreas,
        String membershipStatus, LocalDate memberSince, LocalDate memberUntil, Integer staffSize, Long coalitionId,
        String source, List<String> tags) {

    public Organisation withId(long newId) {
        return new Organisation(newId, kind, name, nameLatin, acronym, country, region, city, website, languages,
                focusAreas, membershipStatus, memberSince, memberUntil, staffSize, coalitionId, source, tags);
    }
}
