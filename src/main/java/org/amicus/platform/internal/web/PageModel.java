package org.amicus.platform.internal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.amicus.platform.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout of every page needs: the current language, its direction, the language switch. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    /** A link of the language switch: the current page in another language. */
    record LanguageLink(String code, String nativeName, String href, boolean current) {
    }

    @ModelAttribute("language")
    Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request) {
        Language current = language();
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        return java.util.Arrays.stream(Language.values())
            .map(l -> new LanguageLink(l.code(), l.nativeName(), original != null ? original + "?lang=" + l.code()
                    : ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", l.code()).build()
                        .toUriString().replaceFirst("^https?://[^/]+", ""),
                    l == current))
            .toList();
    }
}
