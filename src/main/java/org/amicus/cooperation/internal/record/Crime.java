package org.amicus.cooperation.internal.record;

/** The crimes a warrant or summons names, by category (articles 5 to 8 bis, and article 70). */
public enum Crime {
    GENOCIDE, CRIMES_AGAINST_HUMANITY, WAR_CRIMES, AGGRESSION, OFFENCES_AGAINST_JUSTICE
}
