package org.amicus.lists.internal.web;

import java.util.List;

import org.amicus.lists.internal.MailingList;
import org.amicus.lists.internal.MailingLists;
import org.amicus.lists.internal.Posts;
import org.amicus.lists.internal.Subscription;
import org.amicus.lists.internal.Subscriptions;
import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a subscriber sees, without an account: the lists, subscribing (double opt-in), the
 * confirmation, their preferences with posting on the web, and leaving. Every page that concerns a
 * subscription is shown in the subscriber's language, whatever the site's: a request in another
 * language is sent to the same page in theirs. GET pages change nothing, so that link scanners
 * confirm and unsubscribe nobody.
 */
@Controller
@RequestMapping("/lists")
class SubscriberPages {

    private final MailingLists lists;
    private final Subscriptions subscriptions;
    private final Posts posts;
    private final RateLimit rateLimit;

    SubscriberPages(MailingLists lists, Subscriptions subscriptions, Posts posts, RateLimit rateLimit) {
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.posts = posts;
        this.rateLimit = rateLimit;
    }

    @GetMapping
    String directory(Model model) {
        model.addAttribute("lists", lists.all());
        return "lists/directory";
    }

    @GetMapping("/{slug}")
    String list(@PathVariable String slug, Model model) {
        model.addAttribute("list", lists.get(slug));
        model.addAttribute("languages", Language.values());
        model.addAttribute("deliveries", Subscription.Delivery.values());
        if (!model.containsAttribute("chosenLanguage")) {
            model.addAttribute("chosenLanguage", Language.of(LocaleContextHolder.getLocale()).code());
            model.addAttribute("delivery", "EACH");
        }
        return "lists/list";
    }

    @PostMapping("/{slug}/subscribe")
    String subscribe(@PathVariable String slug, @RequestParam(required = false) String address, @RequestParam(required = false) String name,
            @RequestParam(required = false) String language, @RequestParam(required = false) String delivery, HttpServletRequest request,
            RedirectAttributes flash, Model model) {
        if (!rateLimit.allow(request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
        MailingList list = lists.get(slug);
        return Forms.submit(() -> {
            subscriptions.request(list, address, name, language, delivery);
            return "redirect:/lists/" + slug + "/check-mail?lang=" + Language.fromCode(language).orElseThrow().code();
        }, "lists.notice.checkMail", flash, model, () -> {
            model.addAttribute("address", address);
            model.addAttribute("name", name);
            model.addAttribute("chosenLanguage", language);
            model.addAttribute("delivery", delivery);
            return list(slug, model);
        });
    }

    @GetMapping("/{slug}/check-mail")
    String checkMail(@PathVariable String slug, Model model) {
        model.addAttribute("list", lists.get(slug));
        return "lists/check-mail";
    }

    @GetMapping("/confirm/{token}")
    String confirmPage(@PathVariable String token, @RequestParam(required = false) String lang, Model model) {
        var pending = subscriptions.byConfirmToken(token);
        if (pending.isEmpty()) {
            model.addAttribute("problem", "lists.confirm.unknown");
            return "lists/confirm-failed";
        }
        if (!pending.get().language().code().equals(lang)) {
            return "redirect:/lists/confirm/" + token + "?lang=" + pending.get().language().code();
        }
        model.addAttribute("token", token);
        model.addAttribute("list", lists.get(pending.get().listId()));
        return "lists/confirm";
    }

    @PostMapping("/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        var pending = subscriptions.byConfirmToken(token);
        StringBuilder subscriber = new StringBuilder();
        switch (subscriptions.confirm(token, subscriber)) {
            case CONFIRMED -> {
                return "redirect:/lists/preferences/" + subscriber + "?confirmed&lang=" + pending.orElseThrow().language().code();
            }
            case EXPIRED -> {
                model.addAttribute("problem", "lists.confirm.expired");
                model.addAttribute("list", lists.get(pending.orElseThrow().listId()));
            }
            default -> model.addAttribute("problem", "lists.confirm.unknown");
        }
        return "lists/confirm-failed";
    }

    @GetMapping("/preferences/{token}")
    String preferences(@PathVariable String token, @RequestParam(required = false) String lang, Model model, HttpSession session,
            HttpServletRequest request) {
        Subscription s = subscriber(token);
        if (!s.language().code().equals(lang)) {
            String query = request.getQueryString() == null ? "" : request.getQueryString().replaceAll("(^|&)lang=[^&]*", "");
            return "redirect:/lists/preferences/" + token + "?" + (query.isEmpty() ? "" : query.replaceFirst("^&", "") + "&") + "lang="
                    + s.language().code();
        }
        if (s.state() == Subscription.State.ACTIVE) {
            ArchiveAccess.grant(session, s.listId());
        }
        model.addAttribute("s", s);
        model.addAttribute("list", lists.get(s.listId()));
        model.addAttribute("languages", Language.values());
        model.addAttribute("deliveries", Subscription.Delivery.values());
        return "lists/preferences";
    }

    @PostMapping("/preferences/{token}")
    String savePreferences(@PathVariable String token, @RequestParam(required = false) String language,
            @RequestParam(required = false) String delivery, @RequestParam(required = false) List<String> only,
            @RequestParam(defaultValue = "PLAIN") String format, RedirectAttributes flash) {
        try {
            Subscription s = subscriptions.preferences(token, language, delivery, only, "MIME".equals(format));
            flash.addFlashAttribute("notice", "lists.notice.saved");
            return "redirect:/lists/preferences/" + token + "?lang=" + s.language().code();
        } catch (RejectedInput e) {
            return again(token, e, flash);
        }
    }

    /** Refused input goes back to the subscriber's page in their language, the problems carried across the redirect. */
    private String again(String token, RejectedInput e, RedirectAttributes flash) {
        flash.addFlashAttribute("problems", e.problems());
        return "redirect:/lists/preferences/" + token + "?lang=" + subscriber(token).language().code();
    }

    @PostMapping("/preferences/{token}/unsubscribe")
    String unsubscribe(@PathVariable String token) {
        Subscription s = subscriber(token);
        subscriptions.end(s.id(), "unsubscribed on the preferences page");
        return "redirect:/lists/preferences/" + token + "/left?lang=" + s.language().code();
    }

    @GetMapping("/preferences/{token}/left")
    String left(@PathVariable String token, Model model) {
        model.addAttribute("list", lists.get(subscriber(token).listId()));
        model.addAttribute("token", token);
        return "lists/left";
    }

    @PostMapping("/preferences/{token}/post")
    String post(@PathVariable String token, @RequestParam(required = false) String subject, @RequestParam(required = false) String body,
            RedirectAttributes flash) {
        Subscription s = subscriber(token);
        if (s.state() != Subscription.State.ACTIVE) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            Posts.Outcome outcome = posts.fromWeb(lists.get(s.listId()), s, subject, body);
            flash.addFlashAttribute("notice", outcome == Posts.Outcome.POSTED ? "lists.notice.posted" : "lists.notice.held");
            return "redirect:/lists/preferences/" + token + "?lang=" + s.language().code();
        } catch (RejectedInput e) {
            flash.addFlashAttribute("subject", subject);
            flash.addFlashAttribute("body", body);
            return again(token, e, flash);
        }
    }

    private Subscription subscriber(String token) {
        return subscriptions.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
