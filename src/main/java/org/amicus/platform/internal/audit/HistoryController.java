package org.amicus.platform.internal.audit;

import java.time.LocalDate;

import org.amicus.platform.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff open the history of any record; administrators search the whole log. */
@Controller
class HistoryController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    HistoryController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/staff/history")
    String history(@RequestParam String type, @RequestParam String id, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("entries", audit.history(type, id).stream().map(ChangeView::of).toList());
        return "platform/history";
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, page);
        var entries = audit.search(new AuditTrail.Search(q, actor, type, from, to), safePage, PAGE_SIZE + 1);
        model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).map(ChangeView::of).toList());
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("recordTypes", audit.recordTypes());
        return "platform/audit";
    }
}
