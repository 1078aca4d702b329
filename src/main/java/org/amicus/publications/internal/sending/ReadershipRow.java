package org.amicus.publications.internal.sending;

import org.amicus.platform.Language;

/**
 * An edition's readership in one language: the e-mail's recipients and what the mail engine reports, the web views, and
 * for tracked sends the readers tracked, how many opened (or clicked), how many clicked and the clicks.
 */
public record ReadershipRow(Language language, long recipients, long fallbackRecipients, long delivered, long bounced, long failed,
        long suppressed, long pending, long webViews, long trackedRecipients, long opened, long clicked, long clicks) {
}
