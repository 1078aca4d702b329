package org.amicus.members.internal.web;

import java.time.LocalDate;

import org.amicus.members.internal.record.Lists;
import org.amicus.members.internal.record.Person;

/**
 * The person form: addresses, phones and lists typed comma-separated, the first address the primary one;
 * the names, country, languages and tags in {@link RecordForm}.
 */
public class PersonForm extends RecordForm {

    private String preferredLanguage;
    private String expertise;
    private String email;
    private String phone;
    private String pressTopics;
    private String pressLanguages;
    private String office;
    private String officeState;
    private LocalDate termFrom;
    private LocalDate termTo;
    private Long outletId;
    private String beat;
    private String situations;
    private String role;

    static PersonForm of(Person p) {
        PersonForm f = new PersonForm();
        f.name = p.name();
        f.nameLatin = p.nameLatin();
        f.country = p.country();
        f.languages = String.join(", ", p.languages());
        f.preferredLanguage = p.preferredLanguage();
        f.expertise = p.expertise();
        f.email = String.join(", ", p.emails());
        f.phone = String.join("; ", p.phones());
        f.pressTopics = String.join(", ", p.pressTopics());
        f.pressLanguages = String.join(", ", p.pressLanguages());
        f.office = p.office();
        f.officeState = p.officeState();
        f.termFrom = p.termFrom();
        f.termTo = p.termTo();
        f.outletId = p.outletId();
        f.beat = p.beat();
        f.situations = String.join(", ", p.situations());
        f.tags = String.join(", ", p.tags());
        return f;
    }

    Person toPerson(long id) {
        return new Person(id, name, nameLatin, country, Lists.split(languages), preferredLanguage, expertise, Lists.split(email),
                phone == null ? java.util.List.of() : java.util.Arrays.stream(phone.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                Lists.split(pressTopics), Lists.split(pressLanguages), office, officeState, termFrom, termTo, outletId, beat,
                Lists.split(situations), Lists.split(tags));
    }

    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String v) { preferredLanguage = v; }
    public String getExpertise() { return expertise; }
    public void setExpertise(String v) { expertise = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getPressTopics() { return pressTopics; }
    public void setPressTopics(String v) { pressTopics = v; }
    public String getPressLanguages() { return pressLanguages; }
    public void setPressLanguages(String v) { pressLanguages = v; }
    public String getOffice() { return office; }
    public void setOffice(String v) { office = v; }
    public String getOfficeState() { return officeState; }
    public void setOfficeState(String v) { officeState = v; }
    public LocalDate getTermFrom() { return termFrom; }
    public void setTermFrom(LocalDate v) { termFrom = v; }
    public LocalDate getTermTo() { return termTo; }
    public void setTermTo(LocalDate v) { termTo = v; }
    public Long getOutletId() { return outletId; }
    public void setOutletId(Long v) { outletId = v; }
    public String getBeat() { return beat; }
    public void setBeat(String v) { beat = v; }
    public String getSituations() { return situations; }
    public void setSituations(String v) { situations = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
}
