package org.amicus.publications.internal.press;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.amicus.platform.Language;

/** A press release, media advisory, statement or talking points, with its text in each language and the experts it names. */
public record PressItem(long id, PressKind kind, Language sourceLanguage, PressStatus status, Instant embargoUntil, Long smartGroupId,
        String draftedBy, String reviewedBy, String approvedBy, Instant createdAt, Instant publishedAt, Map<Language, Text> texts,
        List<Long> experts) {

    /** The item in one language. */
    public record Text(Language language, String title, String bodyHtml) {
    }

    public Text text(Language language) {
        return texts.getOrDefault(language, texts.get(sourceLanguage));
    }
}
