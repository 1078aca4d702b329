package org.amicus.members.internal.web;

import java.time.LocalDate;

import org.amicus.members.internal.record.Groups;
import org.amicus.platform.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: a group's page with its coordinator and its current and past members, where members are added, changed and removed. */
@Controller
@RequestMapping("/staff/members/groups/{id}")
class GroupPages {

    private final Groups groups;

    GroupPages(Groups groups) {
        this.groups = groups;
    }

    @GetMapping
    String group(@PathVariable long id, Model model) {
        Groups.GroupPage page = groups.page(id);
        model.addAttribute("page", page);
        var all = new java.util.ArrayList<>(page.current());
        all.addAll(page.past());
        model.addAttribute("names", groups.names(all, page.group().coordinatorPersonId()));
        return "members/group";
    }

    @PostMapping("/members")
    String add(@PathVariable long id, @RequestParam(required = false) Long personId, @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) String role, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, RedirectAttributes flash, Model model) {
        return Forms.submit(() -> {
            groups.add(id, personId, organisationId, role, from, until);
            return "redirect:/staff/members/groups/" + id;
        }, "members.saved", flash, model, () -> group(id, model));
    }

    @PostMapping("/members/{membershipId}")
    String change(@PathVariable long id, @PathVariable long membershipId, @RequestParam(required = false) String role,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, RedirectAttributes flash, Model model) {
        return Forms.submit(() -> {
            groups.change(id, membershipId, role, from, until);
            return "redirect:/staff/members/groups/" + id;
        }, "members.saved", flash, model, () -> group(id, model));
    }

    @PostMapping("/members/{membershipId}/remove")
    String remove(@PathVariable long id, @PathVariable long membershipId, RedirectAttributes flash) {
        groups.remove(id, membershipId);
        flash.addFlashAttribute("notice", "members.saved");
        return "redirect:/staff/members/groups/" + id;
    }

    @PostMapping("/coordinator")
    String coordinator(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes flash) {
        groups.coordinator(id, personId);
        flash.addFlashAttribute("notice", "members.saved");
        return "redirect:/staff/members/groups/" + id;
    }
}
