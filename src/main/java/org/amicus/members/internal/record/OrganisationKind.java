package org.amicus.members.internal.record;

/** Member NGOs and the other kinds of organisation the coalition works with. */
public enum OrganisationKind {
    NGO, INTERGOVERNMENTAL, MINISTRY, PARLIAMENT, MEDIA, PARTNER, OTHER
}
