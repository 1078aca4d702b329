package org.amicus.publications.internal.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each morning, reminds the owner of every entry whose next occurrence is within its reminder days, once per occurrence. */
@Component
public class Reminders {

    private final Calendar calendar;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String fromAddress;

    Reminders(Calendar calendar, Outbox outbox, MessageSource messages,
            @Value("${amicus.publications.from-address:publications@localhost}") String fromAddress) {
        this.calendar = calendar;
        this.outbox = outbox;
        this.messages = messages;
        this.fromAddress = fromAddress;
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
            if (e.ownerEmail() == null || e.remindDays() == null || next == null || today.isBefore(next.minusDays(e.remindDays()))) {
                continue;
            }
            if (calendar.markReminded(e.id(), next)) {
                String subject = messages.getMessage("publications.calendar.reminderSubject", new Object[] { e.title(), next.toString() },
                        Language.EN.locale());
                Outgoing.Content content = new Outgoing.Content(subject, subject + "\n\n" + (e.source() == null ? "" : e.source()), null);
                outbox.enqueue(new Outgoing(subject, fromAddress, null, null, null, Map.of(Language.EN, content),
                        List.of(new Outgoing.Recipient(e.ownerEmail(), e.owner(), Language.EN, Map.of()))));
                sent++;
            }
        }
        return sent;
    }
}
