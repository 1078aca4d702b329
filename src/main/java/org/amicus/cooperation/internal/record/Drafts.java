package org.amicus.cooperation.internal.record;

import java.util.List;

/**
 * What staff send, as typed (strings), from a form, the API or a shipped file: the ledger checks
 * every field the same way whichever way it came.
 */
public final class Drafts {

    private Drafts() {
    }

    /** A warrant or summons; caseName is needed only when the case is new to the record. */
    public record WarrantDraft(String situation, String caseNumber, String caseName, String suspect, String kind,
            String issued, List<String> crimes, String charges, String source) {
    }

    public record StatusDraft(String status, String date, String source, String note) {
    }

    public record TravelDraft(String iso3, String arrived, String departed, String source, String note) {
    }

    /** The referrals are boxed so that a request leaving them out means "not referred", not a 400. */
    public record FindingDraft(String caseNumber, String iso3, String decided, Boolean referredToAsp,
            Boolean referredToCouncil, String document, String source, String note) {
        public FindingDraft {
            referredToAsp = Boolean.TRUE.equals(referredToAsp);
            referredToCouncil = Boolean.TRUE.equals(referredToCouncil);
        }
    }

    public record CouncilDraft(String actionType, String resolution, String adopted, String situation, String obligedIso3,
            String source, String note) {
    }

    public record AssessmentDraft(String iso3, String recommendation, String status, String evidence, String assessedOn,
            String source) {
    }

    /** Retracts an entry made in error: recordType is WARRANT, STATUS, TRAVEL, FINDING, COUNCIL_ACTION or ASSESSMENT. */
    public record RetractionDraft(String recordType, String recordId, String source, String note) {
    }

    public record SituationDraft(String code, String iccNumber, String iso3, String trigger, String opened, String nameEn,
            String nameFr, String nameEs, String nameAr, String namePt, String source) {

        /** The names in the order of {@link org.amicus.platform.Language}: en, fr, es, ar, pt. */
        public List<String> names() {
            return java.util.Arrays.asList(nameEn, nameFr, nameEs, nameAr, namePt);
        }
    }
}
