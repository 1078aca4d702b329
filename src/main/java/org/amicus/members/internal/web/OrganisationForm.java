package org.amicus.members.internal.web;

import java.time.LocalDate;

import org.amicus.members.internal.record.Lists;
import org.amicus.members.internal.record.Organisation;

/** The organisation form: lists typed as comma-separated codes; the names, country, languages and tags in {@link RecordForm}. */
public class OrganisationForm extends RecordForm {

    private String kind = "NGO";
    private String acronym;
    private String region;
    private String city;
    private String website;
    private String focusAreas;
    private String membershipStatus;
    private LocalDate memberSince;
    private LocalDate memberUntil;
    private Integer staffSize;
    private String source;

    static OrganisationForm of(Organisation o) {
        OrganisationForm f = new OrganisationForm();
        f.kind = o.kind();
        f.name = o.name();
        f.nameLatin = o.nameLatin();
        f.acronym = o.acronym();
        f.country = o.country();
        f.region = o.region();
        f.city = o.city();
        f.website = o.website();
        f.languages = String.join(", ", o.languages());
        f.focusAreas = String.join(", ", o.focusAreas());
        f.membershipStatus = o.membershipStatus();
        f.memberSince = o.memberSince();
        f.memberUntil = o.memberUntil();
        f.staffSize = o.staffSize();
        f.source = o.source();
        f.tags = String.join(", ", o.tags());
        return f;
    }

    Organisation toOrganisation(long id, Long coalitionId) {
        return new Organisation(id, kind, name, nameLatin, acronym, country, region, city, website, Lists.split(languages),
                Lists.split(focusAreas), membershipStatus, memberSince, memberUntil, staffSize, coalitionId, source,
                Lists.split(tags));
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String v) { acronym = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
    public String getFocusAreas() { return focusAreas; }
    public void setFocusAreas(String v) { focusAreas = v; }
    public String getMembershipStatus() { return membershipStatus; }
    public void setMembershipStatus(String v) { membershipStatus = v; }
    public LocalDate getMemberSince() { return memberSince; }
    public void setMemberSince(LocalDate v) { memberSince = v; }
    public LocalDate getMemberUntil() { return memberUntil; }
    public void setMemberUntil(LocalDate v) { memberUntil = v; }
    public Integer getStaffSize() { return staffSize; }
    public void setStaffSize(Integer v) { staffSize = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
}
