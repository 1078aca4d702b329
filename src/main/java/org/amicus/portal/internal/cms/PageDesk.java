package org.amicus.portal.internal.cms;

import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.amicus.portal.internal.blog.UtcTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff write the site's pages and menus: drafts per language, publication (with the link check), history, compare, restore. */
@Controller
@RequestMapping("/staff")
class PageDesk {

    private final CmsPages pages;
    private final SiteMenus menus;

    PageDesk(CmsPages pages, SiteMenus menus) {
        this.pages = pages;
        this.menus = menus;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("languages", Language.values());
    }

    @GetMapping("/pages")
    String list(Model model) {
        model.addAttribute("pages", pages.all());
        return "insitu/staff-pages";
    }

    @PostMapping("/pages")
    String create(@RequestParam(required = false) String slug, Model model, RedirectAttributes flash) {
        model.addAttribute("slug", slug);
        return Forms.submit(() -> "redirect:/staff/pages/" + pages.create(slug), "insitu.saved", flash, model, () -> list(model));
    }

    @GetMapping("/pages/{id}")
    String page(@PathVariable long id, @RequestParam(name = "in", required = false) String in, Model model) {
        CmsPage page = pages.get(id);
        Language language = Language.fromCode(in).orElse(Language.EN);
        PageText text = page.in(language).orElse(null);
        model.addAttribute("page", page);
        model.addAttribute("lang", language);
        model.addAttribute("text", text);
        model.addAttribute("revisions", pages.revisions(id, language.code()));
        if (!model.containsAttribute("title")) {
            model.addAttribute("title", text == null ? "" : text.title());
            model.addAttribute("body", text == null ? "" : text.bodyHtml());
        }
        return "insitu/staff-page";
    }

    @PostMapping("/pages/{id}/draft")
    String draft(@PathVariable long id, @RequestParam String in, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, @RequestParam(required = false) String note, Model model, RedirectAttributes flash) {
        model.addAttribute("title", title);
        model.addAttribute("body", body);
        return Forms.submit(() -> {
            pages.saveDraft(id, in, title, body, note);
            return "redirect:/staff/pages/" + id + "?in=" + in;
        }, "insitu.saved", flash, model, () -> page(id, in, model));
    }

    /** Broken links to this site stop the publication and are listed; the editor may publish anyway with "confirm". */
    @PostMapping("/pages/{id}/publish")
    String publish(@PathVariable long id, @RequestParam String in, @RequestParam(required = false) String publishAt,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes flash) {
        try {
            return Forms.submit(() -> {
                pages.publish(id, in, UtcTime.parse("publishAt", publishAt), confirm);
                return "redirect:/staff/pages/" + id + "?in=" + in;
            }, "insitu.page.published", flash, model, () -> page(id, in, model));
        } catch (BrokenLinks e) {
            model.addAttribute("brokenLinks", e.paths());
            model.addAttribute("publishAt", publishAt);
            return page(id, in, model);
        }
    }

    @PostMapping("/pages/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam String in, RedirectAttributes flash) {
        pages.unpublish(id, in);
        flash.addFlashAttribute("notice", "insitu.page.unpublished");
        return "redirect:/staff/pages/" + id + "?in=" + in;
    }

    @PostMapping("/pages/{id}/restore")
    String restore(@PathVariable long id, @RequestParam String in, @RequestParam int revision, RedirectAttributes flash) {
        pages.restore(id, in, revision);
        flash.addFlashAttribute("notice", "insitu.page.restored");
        return "redirect:/staff/pages/" + id + "?in=" + in;
    }

    @PostMapping("/pages/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes flash) {
        pages.remove(id);
        flash.addFlashAttribute("notice", "insitu.page.removed");
        return "redirect:/staff/pages";
    }

    @GetMapping("/pages/{id}/compare")
    String compare(@PathVariable long id, @RequestParam String in, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("page", pages.get(id));
        model.addAttribute("lang", Language.fromCode(in).orElse(Language.EN));
        model.addAttribute("from", pages.revision(id, in, Math.min(from, to)));
        model.addAttribute("to", pages.revision(id, in, Math.max(from, to)));
        model.addAttribute("rows", pages.compare(id, in, Math.min(from, to), Math.max(from, to)));
        return "insitu/staff-compare";
    }

    @GetMapping("/menus")
    String menus(@RequestParam(name = "in", required = false) String in, Model model) {
        Language language = Language.fromCode(in).orElse(Language.EN);
        model.addAttribute("lang", language);
        model.addAttribute("menuNames", SiteMenus.NAMES);
        if (!model.containsAttribute("texts")) {
            model.addAttribute("texts", SiteMenus.NAMES.stream().collect(java.util.stream.Collectors.toMap(n -> n, n -> menus.asText(n, language))));
        }
        return "insitu/staff-menus";
    }

    @PostMapping("/menus")
    String saveMenu(@RequestParam String menu, @RequestParam String in, @RequestParam(required = false) String links, Model model,
            RedirectAttributes flash) {
        Language language = Language.fromCode(in).orElse(Language.EN);
        return Forms.submit(() -> {
            menus.replace(menu, language, links);
            return "redirect:/staff/menus?in=" + language.code();
        }, "insitu.saved", flash, model, () -> {
            var texts = new java.util.HashMap<String, String>();
            SiteMenus.NAMES.forEach(n -> texts.put(n, menus.asText(n, language)));
            texts.put(menu, links);
            model.addAttribute("texts", texts);
            return menus(in, model);
        });
    }
}
