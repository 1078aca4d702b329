package org.amicus.publications.internal.record;

/** An article's text in one language as typed; the author and call-to-action address are shared by every language. */
public record ArticleDraft(String language, String title, String body, String actionLabel, String actionUrl,
        Long authorPersonId, Long authorOrganisationId) {
}
