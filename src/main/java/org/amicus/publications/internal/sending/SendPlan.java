package org.amicus.publications.internal.sending;

import java.util.List;

import org.amicus.platform.Language;

/**
 * Who an edition's e-mail would reach, shown before sending: readers per language and the language
 * each group gets. Readers whose language has no approved translation get the fallback language,
 * and the plan says how many. People of the group without an e-mail address, or whose newest
 * newsletter consent is not a grant, are left out and counted. {@code declinedTracking} readers
 * declined open and click counting: a tracked send gives them an untracked copy.
 */
public record SendPlan(List<Line> lines, int readers, int withoutAddress, int withoutConsent, Language fallback, int fallbackReaders,
        int declinedTracking) {

    /** Readers who read {@code readerLanguage} (null: none recorded) and get the edition in {@code sentIn}. */
    public record Line(Language readerLanguage, int readers, Language sentIn) {

        public boolean fallback() {
            return readerLanguage != sentIn;
        }
    }
}
