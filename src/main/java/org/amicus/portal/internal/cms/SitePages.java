package org.amicus.portal.internal.cms;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.portal.internal.blog.Alternative;
import org.amicus.portal.internal.blog.Freshness;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A CMS page as the public reads it, in the reader's language when published in it; otherwise the
 * page says so and shows it in a language it has (English first), offering the others.
 */
@Controller
class SitePages {

    private final CmsPages pages;
    private final Freshness freshness;

    SitePages(CmsPages pages, Freshness freshness) {
        this.pages = pages;
        this.freshness = freshness;
    }

    @GetMapping("/pages/{slug}")
    String page(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (freshness.notModified(request, response)) {
            return null;
        }
        CmsPage page = pages.bySlug(slug).filter(p -> !p.publishedLanguages().isEmpty())
            .orElseThrow(() -> new NotFound("insitu.page.slugNotFound", slug));
        Language reader = Language.of(LocaleContextHolder.getLocale());
        List<Language> published = page.publishedLanguages();
        Language shown = published.contains(reader) ? reader : published.contains(Language.EN) ? Language.EN : published.get(0);
        model.addAttribute("page", page);
        model.addAttribute("text", page.in(shown).orElseThrow());
        model.addAttribute("shown", shown);
        model.addAttribute("missingInReader", shown != reader);
        model.addAttribute("others", published.stream().filter(l -> l != shown).map(l -> Alternative.of(l, page.path())).toList());
        return "insitu/page";
    }

    /** The menus staff edit, in the reader's language, for every page's layout. */
    @ControllerAdvice(annotations = Controller.class)
    static class MenuModel {

        private final SiteMenus menus;

        MenuModel(SiteMenus menus) {
            this.menus = menus;
        }

        @ModelAttribute("siteMenus")
        Map<String, List<SiteMenus.Link>> siteMenus() {
            Language reader = Language.of(LocaleContextHolder.getLocale());
            return Map.of("main", menus.links("main", reader), "footer", menus.links("footer", reader));
        }
    }
}
