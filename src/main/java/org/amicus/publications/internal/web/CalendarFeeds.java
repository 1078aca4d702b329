package org.amicus.publications.internal.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.amicus.publications.internal.calendar.Calendar;
import org.amicus.publications.internal.calendar.ICalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public calendar page and its iCalendar feed, which calendar programs subscribe to; staff feeds are served by the staff page. */
@Controller
public class CalendarFeeds {

    private final Calendar calendar;
    private final String host;

    CalendarFeeds(Calendar calendar, @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.calendar = calendar;
        this.host = URI.create(baseUrl).getHost();
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
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
            .header("Content-Disposition", "inline; filename=\"amicus-" + audience.toLowerCase(java.util.Locale.ROOT) + ".ics\"")
            .body(ICalendar.feed(name, host, calendar.forAudience(audience), Instant.now()));
    }
}
