package org.amicus.states.internal.record;

/**
 * A treaty event as someone typed it, in a form or a line of a CSV file, not yet checked.
 * {@code supersedes} names the entry a correction replaces; {@code voided} retracts it.
 */
public record Draft(int line, String iso3, String type, String date, String instrumentType, String effectiveDate,
        String source, String note, Long supersedes, boolean voided) {

    public static Draft voiding(TreatyEvent entry, String source, String note) {
        return new Draft(0, entry.iso3(), entry.type().name(), entry.date().toString(), null, null, source, note, entry.id(),
                true);
    }
}
