package org.amicus.states.internal.web;

import java.security.Principal;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.amicus.platform.NotFound;
import org.amicus.states.internal.following.AlertTexts;
import org.amicus.states.internal.following.Following;
import org.amicus.states.internal.following.StateFeed;
import org.amicus.states.internal.record.State;
import org.amicus.states.internal.record.Tracker;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Following states: signed-in people follow and get alerts in their inbox; anyone can subscribe to
 * a state's Atom feed without an account.
 */
@Controller
class FollowingController {

    private static final int INBOX = 100;

    private final Tracker tracker;
    private final Following following;
    private final AlertTexts texts;
    private final StateFeed feed;

    FollowingController(Tracker tracker, Following following, AlertTexts texts, StateFeed feed) {
        this.tracker = tracker;
        this.following = following;
        this.texts = texts;
        this.feed = feed;
    }

    @PostMapping("/account/following/{iso3}")
    String follow(@PathVariable String iso3, Principal who, RedirectAttributes flash) {
        following.follow(who.getName(), state(iso3).iso3());
        flash.addFlashAttribute("notice", "following.followedNotice");
        return "redirect:/states/" + state(iso3).iso3();
    }

    @PostMapping("/account/following/{iso3}/stop")
    String unfollow(@PathVariable String iso3, Principal who, RedirectAttributes flash) {
        following.unfollow(who.getName(), state(iso3).iso3());
        flash.addFlashAttribute("notice", "following.stoppedNotice");
        return "redirect:/states/" + state(iso3).iso3();
    }

    /** An alert as the inbox shows it. */
    record AlertRow(String iso3, String text, java.time.Instant createdAt, boolean unread) {
    }

    @GetMapping("/account/alerts")
    String inbox(Principal who, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        var language = org.amicus.platform.Language.of(locale);
        model.addAttribute("alerts", following.alerts(who.getName(), INBOX).stream()
            .map(a -> new AlertRow(a.iso3(), texts.text(a, locale), a.createdAt(), a.unread())).toList());
        model.addAttribute("followed", following.followed(who.getName()).stream()
            .map(iso3 -> tracker.record().state(iso3).orElseThrow()).map(s -> new String[] { s.iso3(), s.name(language) })
            .toList());
        return "states/alerts";
    }

    @PostMapping("/account/alerts/read")
    String markRead(Principal who) {
        following.markRead(who.getName());
        return "redirect:/account/alerts";
    }

    @GetMapping(value = "/states/{iso3}/feed.atom")
    ResponseEntity<String> atom(@PathVariable String iso3) throws XMLStreamException {
        State state = state(iso3);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return ResponseEntity.ok().contentType(new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8))
            .body(feed.atom(state, base + "/states/" + state.iso3() + "?lang=" + lang,
                    base + "/states/" + state.iso3() + "/feed.atom?lang=" + lang, LocaleContextHolder.getLocale()));
    }

    private State state(String iso3) {
        return tracker.record().state(iso3).orElseThrow(() -> new NotFound("error.stateNotFound", iso3));
    }
}
