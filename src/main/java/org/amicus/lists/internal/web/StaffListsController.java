package org.amicus.lists.internal.web;

import org.amicus.lists.internal.Digests;
import org.amicus.lists.internal.ListDraft;
import org.amicus.lists.internal.MailingList;
import org.amicus.lists.internal.MailingLists;
import org.amicus.lists.internal.Posts;
import org.amicus.lists.internal.Subscription;
import org.amicus.lists.internal.Subscriptions;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep the lists: create and change them, subscribe people, post in the list's name, send a
 * digest now, and moderate held posts. Changing a list and moderating it are for its owners and
 * moderators (any staff while none is named, and administrators always).
 */
@Controller
@RequestMapping("/staff/lists")
class StaffListsController {

    private final MailingLists lists;
    private final Subscriptions subscriptions;
    private final Posts posts;
    private final Digests digests;

    StaffListsController(MailingLists lists, Subscriptions subscriptions, Posts posts, Digests digests) {
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.posts = posts;
        this.digests = digests;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("languages", Language.values());
        model.addAttribute("kinds", MailingList.Kind.values());
        model.addAttribute("archives", MailingList.Archive.values());
        model.addAttribute("deliveries", Subscription.Delivery.values());
    }

    @GetMapping
    String all(Model model) {
        model.addAttribute("lists", lists.all());
        model.addAttribute("retired", lists.retired());
        return "lists/staff-lists";
    }

    @GetMapping("/new")
    String form(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new ListDraft("", "", "en", "", "DISCUSSION", "MEMBERS", "", "1000000", "", "", ""));
        }
        return "lists/staff-new";
    }

    @PostMapping
    String create(@ModelAttribute("draft") ListDraft draft, RedirectAttributes flash, Model model) {
        return Forms.submit(() -> "redirect:/staff/lists/" + lists.create(draft).slug(), "lists.notice.created", flash, model,
                () -> form(model));
    }

    @GetMapping("/{slug}")
    String list(@PathVariable String slug, Model model) {
        MailingList list = lists.get(slug);
        model.addAttribute("list", list);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", ListDraft.of(list));
        }
        model.addAttribute("subscriptions", subscriptions.of(list));
        model.addAttribute("heldCount", posts.held(list).size());
        model.addAttribute("sentPosts", posts.recentlySent(list, 10));
        return "lists/staff-list";
    }

    @PostMapping("/{slug}")
    String update(@PathVariable String slug, @ModelAttribute("draft") ListDraft draft, Authentication who, RedirectAttributes flash,
            Model model) {
        lists.moderated(slug, who);
        return Forms.submit(() -> "redirect:/staff/lists/" + lists.update(slug, draft).slug(), "lists.notice.saved", flash, model,
                () -> list(slug, model));
    }

    @PostMapping("/{slug}/retire")
    String retire(@PathVariable String slug, Authentication who, RedirectAttributes flash) {
        lists.retire(lists.moderated(slug, who));
        flash.addFlashAttribute("notice", "lists.notice.retired");
        return "redirect:/staff/lists";
    }

    @PostMapping("/{slug}/restore")
    String restore(@PathVariable String slug, Authentication who, RedirectAttributes flash) {
        lists.restore(slug, who);
        flash.addFlashAttribute("notice", "lists.notice.restored");
        return "redirect:/staff/lists/" + slug;
    }

    @PostMapping("/{slug}/subscribers")
    String subscribe(@PathVariable String slug, @RequestParam(required = false) String address, @RequestParam(required = false) String name,
            @RequestParam(required = false) String language, @RequestParam(required = false) String delivery, RedirectAttributes flash,
            Model model) {
        MailingList list = lists.get(slug);
        return Forms.submit(() -> {
            subscriptions.add(list, address, name, language, delivery);
            return "redirect:/staff/lists/" + slug;
        }, "lists.notice.subscribed", flash, model, () -> {
            model.addAttribute("address", address);
            return list(slug, model);
        });
    }

    @PostMapping("/{slug}/subscribers/{id}/end")
    String end(@PathVariable String slug, @PathVariable long id, RedirectAttributes flash) {
        MailingList list = lists.get(slug);
        if (subscriptions.byId(id).listId() == list.id()) {
            subscriptions.end(id, "ended by " + AuditTrail.currentActor());
        }
        flash.addFlashAttribute("notice", "lists.notice.ended");
        return "redirect:/staff/lists/" + slug;
    }

    @PostMapping("/{slug}/post")
    String post(@PathVariable String slug, @RequestParam(required = false) String subject, @RequestParam(required = false) String body,
            Authentication who, RedirectAttributes flash, Model model) {
        MailingList list = lists.moderated(slug, who);
        return Forms.submit(() -> {
            posts.fromStaff(list, who.getName(), subject, body);
            return "redirect:/staff/lists/" + slug;
        }, "lists.notice.posted", flash, model, () -> {
            model.addAttribute("subject", subject);
            model.addAttribute("body", body);
            return list(slug, model);
        });
    }

    /** One click: a distributed post to the readers who subscribed since it went out. */
    @PostMapping("/{slug}/sent/{id}/added")
    String sendToAdded(@PathVariable String slug, @PathVariable long id, Authentication who, RedirectAttributes flash) {
        int added = posts.sendToAdded(lists.moderated(slug, who), id, who.getName());
        flash.addFlashAttribute("notice", "lists.notice.sentToAdded");
        flash.addFlashAttribute("noticeArgs", new Object[] { added });
        return "redirect:/staff/lists/" + slug;
    }

    @PostMapping("/{slug}/digest")
    String digest(@PathVariable String slug, Authentication who, RedirectAttributes flash) {
        String issue = digests.send(lists.moderated(slug, who));
        flash.addFlashAttribute("notice", issue == null ? "lists.notice.noDigest" : "lists.notice.digestSent");
        return "redirect:/staff/lists/" + slug;
    }

    @GetMapping("/{slug}/held")
    String held(@PathVariable String slug, Authentication who, Model model) {
        MailingList list = lists.moderated(slug, who);
        model.addAttribute("list", list);
        model.addAttribute("held", posts.held(list));
        return "lists/staff-held";
    }

    @PostMapping("/{slug}/held/{id}/approve")
    String approve(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "false") boolean alwaysAllow,
            Authentication who, RedirectAttributes flash) {
        posts.approve(lists.moderated(slug, who), id, alwaysAllow, who.getName());
        flash.addFlashAttribute("notice", "lists.notice.approved");
        return "redirect:/staff/lists/" + slug + "/held";
    }

    @PostMapping("/{slug}/held/{id}/reject")
    String reject(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String reason, Authentication who,
            RedirectAttributes flash, Model model) {
        MailingList list = lists.moderated(slug, who);
        return Forms.submit(() -> {
            posts.reject(list, id, reason, who.getName());
            return "redirect:/staff/lists/" + slug + "/held";
        }, "lists.notice.rejected", flash, model, () -> held(slug, who, model));
    }
}
