package org.amicus.portal.internal.blog;

/** A post as its author types it. */
public record PostDraft(String title, String summary, String body, String language, Long translationOf) {
}
