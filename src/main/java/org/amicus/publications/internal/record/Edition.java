package org.amicus.publications.internal.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.amicus.platform.Language;

/** One issue of a publication with the languages it needs, in the order they were added. */
public record Edition(long id, Publication publication, String label, Language sourceLanguage, Instant createdAt,
        Instant publishedAt, List<EditionLanguage> languages) {

    public Optional<EditionLanguage> in(Language language) {
        return languages.stream().filter(l -> l.language() == language).findFirst();
    }

    public String title(Language language) {
        return in(language).map(EditionLanguage::title).filter(t -> t != null && !t.isBlank())
            .orElseGet(() -> in(sourceLanguage).map(EditionLanguage::title).orElse(label));
    }

    public List<Language> approvedLanguages() {
        return languages.stream().filter(l -> l.status() == TranslationStatus.APPROVED).map(EditionLanguage::language).toList();
    }

    public boolean isApproved(Language language) {
        return approvedLanguages().contains(language);
    }
}
