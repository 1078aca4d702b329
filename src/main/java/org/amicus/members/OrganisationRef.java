package org.amicus.members;

/** An organisation as other modules see it; kind is one of NGO, INTERGOVERNMENTAL, MINISTRY, PARLIAMENT, MEDIA, PARTNER, OTHER. */
public record OrganisationRef(long id, String kind, String name, String nameLatin, String acronym, String country) {
}
