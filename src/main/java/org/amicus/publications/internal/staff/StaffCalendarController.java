package org.amicus.publications.internal.staff;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.amicus.platform.Forms;
import org.amicus.publications.internal.calendar.Calendar;
import org.amicus.publications.internal.calendar.CalendarDraft;
import org.amicus.publications.internal.calendar.CalendarEntry;
import org.amicus.publications.internal.web.CalendarFeeds;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff calendar: every entry with its owner and reminder, new entries, removal, and the feed of each audience. */
@Controller
@RequestMapping("/staff/calendar")
class StaffCalendarController {

    private final Calendar calendar;
    private final CalendarFeeds feeds;

    StaffCalendarController(Calendar calendar, CalendarFeeds feeds) {
        this.calendar = calendar;
        this.feeds = feeds;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", CalendarEntry.KINDS);
        model.addAttribute("audiences", CalendarEntry.AUDIENCES);
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new CalendarDraft("DAY", null, null, null, false, "PUBLIC", null, null, null, null));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("today", today);
        model.addAttribute("entries", calendar.upcoming("STAFF", today));
        return "publications/staff-calendar";
    }

    @PostMapping
    String add(@ModelAttribute("draft") CalendarDraft draft, Model model, RedirectAttributes flash) {
        return Forms.submit(() -> {
            calendar.add(draft);
            return "redirect:/staff/calendar";
        }, "publications.staff.saved", flash, model, () -> list(model));
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes flash) {
        calendar.remove(id);
        flash.addFlashAttribute("notice", "publications.staff.saved");
        return "redirect:/staff/calendar";
    }

    @GetMapping("/feed.ics")
    ResponseEntity<String> feed(@RequestParam(defaultValue = "STAFF") String audience) {
        return feeds.feed(CalendarEntry.AUDIENCES.contains(audience) ? audience : "STAFF");
    }
}
