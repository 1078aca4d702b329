package org.amicus.publications.internal.record;

import java.util.List;

/** A new edition as staff type it: the languages it needs, some of them shortened versions. */
public record EditionDraft(Long publicationId, String label, String sourceLanguage, String title, List<String> languages,
        List<String> shortened) {
}
