package org.amicus.members.internal.web;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import org.amicus.members.internal.importing.Columns;
import org.amicus.members.internal.importing.ImportPlan;
import org.amicus.members.internal.importing.Importer;
import org.amicus.members.internal.importing.OrganisationImport;
import org.amicus.platform.RejectedInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a list of people or of organisations ("what"): upload (CSV or XLSX), check the
 * column mapping, read the dry run (every problem with its line, likely duplicates with a choice
 * to merge or keep apart), apply. The file travels with the form, so what is applied is exactly
 * what was checked.
 */
@Controller
@RequestMapping("/staff/members/import")
class ImportPages {

    private final Importer importer;
    private final OrganisationImport organisations;

    ImportPages(Importer importer, OrganisationImport organisations) {
        this.importer = importer;
        this.organisations = organisations;
    }

    private static boolean ofOrganisations(Map<String, String> params) {
        return "organisations".equals(params.get("what"));
    }

    @GetMapping
    String form(@RequestParam(required = false) String what, Model model) {
        model.addAttribute("what", what);
        return "members/import";
    }

    @PostMapping("/check")
    String check(@RequestParam("file") MultipartFile file, @RequestParam Map<String, String> params, Model model) throws IOException {
        return dryRun(file.getBytes(), file.getOriginalFilename(), params, model);
    }

    @PostMapping("/recheck")
    String recheck(@RequestParam String content, @RequestParam String fileName, @RequestParam Map<String, String> params,
            Model model) {
        return dryRun(Base64.getDecoder().decode(content), fileName, params, model);
    }

    private String dryRun(byte[] bytes, String fileName, Map<String, String> params, Model model) {
        model.addAttribute("fileName", fileName);
        model.addAttribute("content", Base64.getEncoder().encodeToString(bytes));
        boolean ofOrganisations = ofOrganisations(params);
        model.addAttribute("what", ofOrganisations ? "organisations" : "people");
        try {
            ImportPlan plan = ofOrganisations ? organisations.plan(bytes, fileName, params, true) : importer.plan(bytes, fileName, params, true);
            model.addAttribute("plan", plan);
            model.addAttribute("problems", plan.problems());
            model.addAttribute("fields", (ofOrganisations ? Columns.ORGANISATIONS : Columns.PEOPLE).fields());
        } catch (RejectedInput e) {
            model.addAttribute("problems", e.problems());
        }
        return "members/import";
    }

    @PostMapping("/apply")
    String apply(@RequestParam String content, @RequestParam String fileName, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes flash) {
        Map<Integer, String> decisions = ImportPlan.decisions(params);
        byte[] bytes = Base64.getDecoder().decode(content);
        try {
            if (ofOrganisations(params)) {
                var result = organisations.apply(bytes, fileName, params, decisions);
                flash.addFlashAttribute("notice", "members.import.appliedOrganisations");
                flash.addFlashAttribute("noticeArgs", new Object[] { result.organisationsCreated(), result.merged() });
            } else {
                var result = importer.apply(bytes, fileName, params, decisions);
                flash.addFlashAttribute("notice", "members.import.applied");
                flash.addFlashAttribute("noticeArgs", new Object[] { result.created() + result.merged() });
            }
            return "redirect:/staff/members/import";
        } catch (RejectedInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", fileName);
            model.addAttribute("what", ofOrganisations(params) ? "organisations" : "people");
            return "members/import";
        }
    }
}
