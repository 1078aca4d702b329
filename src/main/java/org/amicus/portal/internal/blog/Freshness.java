package org.amicus.portal.internal.blog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.amicus.platform.Language;
import org.amicus.platform.RecordVersion;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * ETag and Cache-Control for the portal's public pages: the tag is the record version, the language
 * and who is signed in, so a browser revalidates every time and gets a 304 until the record changes.
 */
@Component
public class Freshness {

    private final RecordVersion version;

    Freshness(RecordVersion version) {
        this.version = version;
    }

    /** True when the reader's copy is current (a 304 has been answered and the page need not be rendered). */
    public boolean notModified(HttpServletRequest request, HttpServletResponse response) {
        String who = request.getUserPrincipal() == null ? "public" : Integer.toHexString(request.getUserPrincipal().getName().hashCode());
        String tag = "\"" + version.current() + "-" + Language.of(LocaleContextHolder.getLocale()).code() + "-" + who + "\"";
        response.setHeader("Cache-Control", request.getUserPrincipal() == null ? "public, no-cache" : "private, no-cache");
        return new ServletWebRequest(request, response).checkNotModified(tag);
    }
}
