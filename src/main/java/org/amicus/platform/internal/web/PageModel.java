package org.amicus.platform.internal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.amicus.platform.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout of every page needs: the current language, its direction, the language switch,
 * and for sharing the page's canonical address and its address in each language (absolute, on the
 * configured public base URL, so that a proxy's internal host never leaks into a shared link).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    /** A link of the language switch: the current page in another language. */
    record LanguageLink(String code, String nativeName, String href, boolean current) {
    }

    /** Addresses for sharing: the canonical URL (this page in this language), the x-default (no language chosen). */
    record Sharing(String canonical, String xDefault, String baseUrl) {
    }

    private final String baseUrl;

    PageModel(@Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ModelAttribute("language")
    Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request) {
        Language current = language();
        return java.util.Arrays.stream(Language.values())
            .map(l -> new LanguageLink(l.code(), l.nativeName(), withLanguage(request, l.code()), l == current))
            .toList();
    }

    @ModelAttribute("sharing")
    Sharing sharing(HttpServletRequest request) {
        return new Sharing(baseUrl + withLanguage(request, language().code()), baseUrl + withLanguage(request, null), baseUrl);
    }

    /** The lang parameter when it names none of the five languages: the page says it fell back to English. */
    @ModelAttribute("unknownLanguage")
    String unknownLanguage(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        return asked != null && Language.fromCode(asked).isEmpty() ? asked : null;
    }

    /** This page's path and query with the lang parameter set (or removed when null). */
    private static String withLanguage(HttpServletRequest request, String code) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        if (original != null) {
            return code == null ? original.toString() : original + "?lang=" + code;
        }
        org.springframework.web.util.UriComponentsBuilder uri = ServletUriComponentsBuilder.fromRequest(request);
        uri = code == null ? uri.replaceQueryParam("lang") : uri.replaceQueryParam("lang", code);
        return uri.build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
