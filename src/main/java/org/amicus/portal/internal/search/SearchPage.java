package org.amicus.portal.internal.search;

import org.amicus.platform.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /search: the site's pages, posts, press and publications, the reader's language first; reads without JavaScript. */
@Controller
class SearchPage {

    private static final int SHOWN = 50;

    private final SiteSearch search;

    SearchPage(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query.length() > 200 ? query.substring(0, 200) : query);
        model.addAttribute("results", search.search(query.length() > 200 ? query.substring(0, 200) : query,
                Language.of(LocaleContextHolder.getLocale()), SHOWN));
        return "insitu/search";
    }
}
