package org.amicus.mail.internal.staff;

import org.amicus.mail.Outbox;
import org.amicus.mail.internal.MailSettings;
import org.amicus.mail.internal.RatePreset;
import org.amicus.mail.internal.queue.Addresses;
import org.amicus.mail.internal.queue.Queue;
import org.amicus.mail.internal.queue.Suppressions;
import org.amicus.platform.RejectedInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff follow sends: the sends list with the configured rate and its presets, a send's progress
 * (recipients by state, rate, time to finish) with pause, resume, cancel and resend to those that
 * failed, and the suppression list.
 */
@Controller
@RequestMapping("/staff/mail")
class StaffMailController {

    private final Outbox outbox;
    private final Queue queue;
    private final Suppressions suppressions;
    private final MailSettings settings;

    StaffMailController(Outbox outbox, Queue queue, Suppressions suppressions, MailSettings settings) {
        this.outbox = outbox;
        this.queue = queue;
        this.suppressions = suppressions;
        this.settings = settings;
    }

    @GetMapping
    String sends(Model model) {
        model.addAttribute("sends", queue.recent(100));
        model.addAttribute("rate", settings.rate());
        model.addAttribute("presets", RatePreset.values());
        return "mail/sends";
    }

    @GetMapping("/{id}")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("progress", outbox.progress(id));
        return "mail/progress";
    }

    @PostMapping("/{id}/{action:pause|resume|cancel}")
    String act(@PathVariable long id, @PathVariable String action, Model model, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "pause" -> outbox.pause(id);
                case "resume" -> outbox.resume(id);
                default -> outbox.cancel(id);
            }
        } catch (RejectedInput e) {
            model.addAttribute("problems", e.problems());
            return progress(id, model);
        }
        redirect.addFlashAttribute("notice", "mail.notice." + action);
        return "redirect:/staff/mail/" + id;
    }

    @PostMapping("/{id}/resend-failed")
    String resendFailed(@PathVariable long id, RedirectAttributes redirect) {
        long follow = outbox.resendFailed(id);
        redirect.addFlashAttribute("notice", "mail.notice.resent");
        return "redirect:/staff/mail/" + follow;
    }

    @GetMapping("/suppressions")
    String suppressions(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("entries", suppressions.list(q, 500));
        model.addAttribute("q", q);
        return "mail/suppressions";
    }

    @PostMapping("/suppressions")
    String suppress(@RequestParam String address, Model model, RedirectAttributes redirect) {
        var normalised = Addresses.normalise(address);
        if (normalised.isEmpty()) {
            model.addAttribute("problems", new RejectedInput("address", "mail.error.address", address).problems());
            return suppressions(null, model);
        }
        suppressions.add(normalised.get(), null, "MANUAL", null);
        redirect.addFlashAttribute("notice", "mail.notice.suppressed");
        return "redirect:/staff/mail/suppressions";
    }

    @PostMapping("/suppressions/{id}/remove")
    String unsuppress(@PathVariable long id, RedirectAttributes redirect) {
        suppressions.remove(id);
        redirect.addFlashAttribute("notice", "mail.notice.unsuppressed");
        return "redirect:/staff/mail/suppressions";
    }
}
