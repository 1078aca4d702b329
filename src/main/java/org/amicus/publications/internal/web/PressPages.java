package org.amicus.publications.internal.web;

import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.publications.internal.press.Experts;
import org.amicus.publications.internal.press.PressItem;
import org.amicus.publications.internal.press.PressItems;
import org.amicus.publications.internal.press.PressStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The press room on the portal: what has been released, in the reader's language when it exists, with its experts. */
@Controller
class PressPages {

    private final PressItems items;
    private final Experts experts;

    PressPages(PressItems items, Experts experts) {
        this.items = items;
        this.experts = experts;
    }

    @GetMapping("/press")
    String list(Model model) {
        model.addAttribute("items", items.all(true));
        return "publications/press-list";
    }

    @GetMapping("/press/{id}")
    String item(@PathVariable long id, Model model) {
        PressItem item = items.get(id);
        if (item.status() != PressStatus.PUBLISHED) {
            throw new NotFound("publications.press.notFound", id);
        }
        model.addAttribute("item", item);
        model.addAttribute("text", item.text(Language.of(LocaleContextHolder.getLocale())));
        model.addAttribute("experts", experts.printable(item.experts()));
        return "publications/press-item";
    }
}
