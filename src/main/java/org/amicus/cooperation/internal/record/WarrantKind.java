package org.amicus.cooperation.internal.record;

/** An arrest warrant (article 58(1)) or a summons to appear (article 58(7)). */
public enum WarrantKind {
    ARREST_WARRANT, SUMMONS
}
