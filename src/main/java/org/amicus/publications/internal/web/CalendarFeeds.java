package org.amicus.publications.internal.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.security.Principal;

import org.amicus.publications.internal.calendar.Calendar;
import org.amicus.publications.internal.calendar.CalendarTokens;
import org.amicus.publications.internal.calendar.ICalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public calendar page and its iCalendar feed, which calendar programs subscribe to; each
 * signed-in user's personal feed (a secret URL they can renew or revoke). Staff feeds of each
 * audience are also served by the staff page.
 */
@Controller
public class CalendarFeeds {

    private final Calendar calendar;
    private final CalendarTokens tokens;
    private final String host;
    private final String baseUrl;

    CalendarFeeds(Calendar calendar, CalendarTokens tokens, @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.calendar = calendar;
        this.tokens = tokens;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.host = URI.create(baseUrl).getHost();
    }

    @GetMapping("/calendar/personal")
    String personal(Principal user, Model model) {
        model.addAttribute("active", tokens.has(user.getName()));
        if (!model.containsAttribute("feedUrl")) {
            model.addAttribute("feedUrl", null);
        }
        return "publications/calendar-personal";
    }

    @PostMapping("/calendar/personal")
    String issue(Principal user, RedirectAttributes flash) {
        flash.addFlashAttribute("feedUrl", baseUrl + "/publications/calendar/" + tokens.issue(user.getName()) + ".ics");
        return "redirect:/calendar/personal";
    }

    @PostMapping("/calendar/personal/revoke")
    String revoke(Principal user, RedirectAttributes flash) {
        tokens.revoke(user.getName());
        flash.addFlashAttribute("notice", "publications.calendar.personalRevoked");
        return "redirect:/calendar/personal";
    }

    @GetMapping("/publications/calendar/{token}.ics")
    ResponseEntity<String> personalFeed(@PathVariable String token) {
        return tokens.audience(token).map(this::feed).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/calendar")
    String page(Model model) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("today", today);
        model.addAttribute("entries", calendar.upcoming("PUBLIC", today));
        return "publications/calendar";
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<String> publicFeed() {
        return feed("PUBLIC");
    }

    public ResponseEntity<String> feed(String audience) {
        String name = "Amicus · " + audience.toLowerCase(java.util.Locale.ROOT);
        return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.noStore()).contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
            .header("Content-Disposition", "inline; filename=\"amicus-" + audience.toLowerCase(java.util.Locale.ROOT) + ".ics\"")
            .body(ICalendar.feed(name, host, calendar.forAudience(audience), Instant.now()));
    }
}
