package org.amicus.mail.internal.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.mail.SendProgress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends for staff tools and scripts (the benchmark, the crash test): queue a send, follow it, pause,
 * resume, cancel, resend to those that failed, send to those of a list not in the send yet (which
 * also completes a send whose queueing was interrupted). Outside /api/v1, so every call needs the
 * STAFF role.
 */
@RestController
@RequestMapping("/api/mail/sends")
class MailApi {

    private final Outbox outbox;

    MailApi(Outbox outbox) {
        this.outbox = outbox;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> enqueue(@RequestBody Outgoing outgoing) {
        long id = outbox.enqueue(outgoing);
        return ResponseEntity.created(URI.create("/api/mail/sends/" + id))
            .body(Map.of("id", id, "estimate", String.valueOf(outbox.estimate(outgoing.recipients().size()))));
    }

    @GetMapping("/{id}")
    SendProgress progress(@PathVariable long id) {
        return outbox.progress(id);
    }

    @PostMapping("/{id}/{action:pause|resume|cancel}")
    SendProgress act(@PathVariable long id, @PathVariable String action) {
        switch (action) {
            case "pause" -> outbox.pause(id);
            case "resume" -> outbox.resume(id);
            default -> outbox.cancel(id);
        }
        return outbox.progress(id);
    }

    @PostMapping("/{id}/send-to-added")
    ResponseEntity<Map<String, Object>> sendToAdded(@PathVariable long id, @RequestBody List<Outgoing.Recipient> recipients) {
        long follow = outbox.sendToAdded(id, recipients);
        return ResponseEntity.created(URI.create("/api/mail/sends/" + follow)).body(Map.of("id", follow));
    }

    @PostMapping("/{id}/resend-failed")
    ResponseEntity<Map<String, Object>> resendFailed(@PathVariable long id) {
        long follow = outbox.resendFailed(id);
        return ResponseEntity.created(URI.create("/api/mail/sends/" + follow)).body(Map.of("id", follow));
    }
}
