package org.amicus.portal.internal.cms;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.amicus.platform.Language;

/** A page of the site at /pages/{slug}, with a text per language. */
public record CmsPage(long id, String slug, String createdBy, Instant createdAt, Map<Language, PageText> texts) {

    public Optional<PageText> in(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The languages the public can read it in. */
    public java.util.List<Language> publishedLanguages() {
        return texts.values().stream().filter(PageText::isPublished).map(PageText::language).sorted().toList();
    }

    public String path() {
        return "/pages/" + slug;
    }
}
