package org.amicus.states.internal.legislation;

/**
 * A stage as someone typed it, in a form, the API or a line of a CSV file, not yet checked.
 * {@code supersedes} names the entry a correction replaces; {@code voided} retracts it.
 */
public record StageDraft(int line, String iso3, String component, String stage, String date, String source,
        String movedBy, String obstacles, String reason, String lawTitle, String lawNumber, String lawDate,
        Long supersedes, boolean voided) {

    public static StageDraft voiding(StageEntry entry, String source, String reason) {
        return new StageDraft(0, entry.iso3(), entry.component().name(), entry.stage().name(), entry.date().toString(),
                source, null, null, reason, null, null, null, entry.id(), true);
    }
}
