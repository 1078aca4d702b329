package org.amicus.court.internal.staff;

import static org.amicus.court.internal.staff.StaffCourtController.parse;

import java.time.LocalDate;
import java.util.Map;

import org.amicus.court.internal.budget.AssessedContributions;
import org.amicus.court.internal.victims.LegalAid;
import org.amicus.court.internal.victims.ReparationsOrder;
import org.amicus.court.internal.victims.ReparationsOrders;
import org.amicus.platform.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff record reparations orders and legal aid, and import the States Parties' contributions. */
@Controller
@RequestMapping("/staff/court")
class StaffVictimsController {

    private final ReparationsOrders orders;
    private final AssessedContributions contributions;

    StaffVictimsController(ReparationsOrders orders, AssessedContributions contributions) {
        this.orders = orders;
        this.contributions = contributions;
    }

    /** What the forms show when nothing was typed yet; a refused submission or its flash puts what was typed instead. */
    @ModelAttribute("typed")
    Map<String, String> typed() {
        return Map.of();
    }

    @GetMapping("/victims")
    String victims(Model model) {
        model.addAttribute("orders", orders.orders());
        model.addAttribute("legalAid", orders.legalAid());
        model.addAttribute("orderKinds", ReparationsOrder.Kind.values());
        model.addAttribute("aidKinds", LegalAid.Kind.values());
        return "court/staff-victims";
    }

    @PostMapping("/victims/orders")
    String addOrder(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            orders.addOrder(new ReparationsOrder(0, form.get("caseNumber"), parse(form, "orderDate", LocalDate::parse), form.get("chamber"),
                    parse(form, "kind", ReparationsOrder.Kind::valueOf), parse(form, "amount", Long::valueOf), form.get("currency"),
                    parse(form, "beneficiaries", Integer::valueOf), form.get("tfvRole"), form.get("summary"), form.get("source")));
            return "redirect:/staff/court/victims";
        }, "court.notice.saved", flash, model, () -> victims(model));
    }

    @PostMapping("/victims/legal-aid")
    String addLegalAid(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            orders.addLegalAid(new LegalAid(0, parse(form, "kind", LegalAid.Kind::valueOf), parse(form, "budgetYear", Integer::valueOf),
                    form.get("title"), parse(form, "amountEur", Long::valueOf), form.get("symbol"), form.get("source")));
            return "redirect:/staff/court/victims";
        }, "court.notice.saved", flash, model, () -> victims(model));
    }

    @PostMapping("/victims/{what}/{id}/remove")
    String remove(@PathVariable String what, @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        orders.remove(what, id, reason);
        flash.addFlashAttribute("notice", "court.notice.saved");
        return "redirect:/staff/court/victims";
    }

    @GetMapping("/contributions")
    String contributions(Model model) {
        model.addAttribute("groups", contributions.byGroup());
        return "court/staff-contributions";
    }

    @PostMapping("/contributions")
    String importContributions(@RequestParam Map<String, String> form, RedirectAttributes flash, Model model) {
        model.addAttribute("typed", form);
        return Forms.submit(() -> {
            contributions.importCsv(form.get("csv"));
            return "redirect:/staff/court/contributions";
        }, "court.notice.saved", flash, model, () -> contributions(model));
    }
}
