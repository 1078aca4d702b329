package org.amicus.publications.internal.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.amicus.platform.UserContacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning, reminds the owner of every entry whose next occurrence is within its reminder days,
 * once per occurrence. An owner who is a user of Amicus is written to at their address in the
 * language they read; an owner known only by a typed address gets English.
 */
@Component
public class Reminders {

    private final Calendar calendar;
    private final Outbox outbox;
    private final MessageSource messages;
    private final UserContacts users;
    private final String fromAddress;
    private final String baseUrl;

    Reminders(Calendar calendar, Outbox outbox, MessageSource messages, UserContacts users,
            @Value("${amicus.publications.from-address:publications@localhost}") String fromAddress,
            @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.calendar = calendar;
        this.outbox = outbox;
        this.messages = messages;
        this.users = users;
        this.fromAddress = fromAddress;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${amicus.publications.reminders-cron:0 0 6 * * *}", zone = "UTC")
    public void daily() {
        remind(LocalDate.now(ZoneOffset.UTC));
    }

    /** Sends the reminders due on {@code today}; returns how many went. */
    public int remind(LocalDate today) {
        int sent = 0;
        for (CalendarEntry e : calendar.all()) {
            LocalDate next = e.nextOn(today);
            Optional<Outgoing.Recipient> owner = owner(e);
            if (owner.isEmpty() || e.remindDays() == null || next == null || today.isBefore(next.minusDays(e.remindDays()))) {
                continue;
            }
            if (calendar.markReminded(e, next)) {
                Language l = owner.get().language();
                outbox.enqueue(new Outgoing("Reminder: " + e.title() + " (" + next + ")", fromAddress, null, null, null,
                        Map.of(l, content(e, next, l)), List.of(owner.get())));
                sent++;
            }
        }
        return sent;
    }

    private Optional<Outgoing.Recipient> owner(CalendarEntry e) {
        Optional<UserContacts.Contact> user = e.owner() == null ? Optional.empty() : users.contact(e.owner());
        String address = e.ownerEmail() != null ? e.ownerEmail() : user.map(UserContacts.Contact::email).orElse(null);
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        Language l = user.map(UserContacts.Contact::language).orElse(Language.EN);
        String name = user.map(UserContacts.Contact::displayName).orElse(e.owner());
        return Optional.of(new Outgoing.Recipient(address, name, l == null ? Language.EN : l, Map.of()));
    }

    private Outgoing.Content content(CalendarEntry e, LocalDate next, Language l) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l.locale()).format(next);
        String kind = messages.getMessage("publications.calendar.kind." + e.kind(), null, e.kind(), l.locale());
        String subject = messages.getMessage("publications.calendar.reminderSubject", new Object[] { e.title(), day }, l.locale());
        String text = messages.getMessage("publications.calendar.reminderBody", new Object[] { e.title(), day, kind }, l.locale()) + "\n\n"
                + (e.source() == null ? "" : messages.getMessage("field.source", null, "Source", l.locale()) + ": " + e.source() + "\n")
                + baseUrl + "/staff/calendar\n";
        return new Outgoing.Content(subject, text, null);
    }
}
