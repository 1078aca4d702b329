package org.amicus.members.internal.web;

import java.util.HashMap;
import java.util.Map;

import org.amicus.members.internal.record.CustomFields;
import org.amicus.members.internal.record.Lists;
import org.amicus.platform.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff define the fields organisations and people carry beyond the built-in ones, and retire them. */
@Controller
@RequestMapping("/staff/members/fields")
class CustomFieldPages {

    private final CustomFields fields;

    CustomFieldPages(CustomFields fields) {
        this.fields = fields;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("fields", fields.fields(null));
        model.addAttribute("types", CustomFields.Type.values());
        model.addAttribute("otherLanguages", CustomFields.OTHER_LANGUAGES);
        return "members/fields";
    }

    @PostMapping
    String define(@RequestParam Map<String, String> params, RedirectAttributes flash, Model model) {
        Map<String, String> labels = new HashMap<>();
        CustomFields.OTHER_LANGUAGES.forEach(l -> labels.put(l, params.get("label_" + l)));
        var input = new CustomFields.Field(0, params.get("recordType"), params.get("key"), params.get("label"), params.get("type"),
                Lists.split(params.get("choices")), labels);
        return Forms.submit(() -> {
            fields.define(input);
            return "redirect:/staff/members/fields";
        }, "members.saved", flash, model, () -> {
            model.addAttribute("typed", params);
            return list(model);
        });
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes flash) {
        fields.retire(id);
        flash.addFlashAttribute("notice", "members.saved");
        return "redirect:/staff/members/fields";
    }
}
