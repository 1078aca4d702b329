package org.amicus.publications.internal.record;

import org.amicus.platform.Language;

/** A language an edition needs: full or shortened, its title, the translation's status and who does it. */
public record EditionLanguage(Language language, boolean shortened, String title, TranslationStatus status, String assignee) {
}
