package org.amicus.portal.internal.cms;

import java.time.Instant;

/** One saved draft of a page in a language: who saved it, when, and why (a restore names the revision it came from). */
public record Revision(int revision, String title, String bodyHtml, String savedBy, Instant savedAt, String note) {
}
