package org.amicus.cooperation;

/** Someone an arrest warrant or a summons names, in the situation it was issued in. */
public record Suspect(long warrantId, String name, String situationCode) {
}
