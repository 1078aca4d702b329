package org.amicus.publications.internal.sending;

import org.amicus.platform.Language;

/** An edition's readership in one language: the e-mail's recipients and what the mail engine reports, and the web views. */
public record ReadershipRow(Language language, long recipients, long fallbackRecipients, long delivered, long bounced, long failed,
        long suppressed, long pending, long webViews) {
}
