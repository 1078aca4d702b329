package org.amicus.members.internal.web;

/**
 * What the organisation and the person forms share: the names, the country, the languages and the
 * tags, lists typed as comma-separated codes. The field names are the ones the templates bind and
 * {@link org.amicus.platform.RejectedInput} reports errors against, so they stay flat on each form.
 */
abstract class RecordForm {

    String name;
    String nameLatin;
    String country;
    String languages;
    String tags;

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getNameLatin() { return nameLatin; }
    public void setNameLatin(String v) { nameLatin = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = v; }
    public String getTags() { return tags; }
    public void setTags(String v) { tags = v; }
}
