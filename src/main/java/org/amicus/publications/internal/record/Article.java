package org.amicus.publications.internal.record;

import java.util.Map;
import java.util.Optional;

import org.amicus.platform.Language;

/**
 * An article of an edition in the order it is printed, with its author (a person or a member
 * organisation of the CRM), a call to action, and its text in each language it has. The revision
 * counts changes to the source text.
 */
public record Article(long id, int position, Long authorPersonId, Long authorOrganisationId, String actionUrl, int revision,
        Map<Language, ArticleText> texts) {

    public Optional<ArticleText> text(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** A translation made from an earlier revision of the source than the current one. */
    public boolean outOfDate(Language language) {
        return text(language).map(t -> t.sourceRevision() < revision).orElse(false);
    }
}
