package org.amicus.portal.internal.blog;

import org.amicus.platform.Language;

/** The same text in another language, for the notice of a missing translation and the links between translations. */
public record Alternative(String code, String name, String href) {

    public static Alternative of(Language language, String path) {
        return new Alternative(language.code(), language.nativeName(), path + "?lang=" + language.code());
    }
}
