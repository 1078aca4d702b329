package org.amicus.campaigns.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.amicus.campaigns.internal.alerts.AbuseGuard;
import org.amicus.campaigns.internal.alerts.Alert;
import org.amicus.campaigns.internal.alerts.Alerts;
import org.amicus.campaigns.internal.alerts.LetterBox;
import org.amicus.campaigns.internal.alerts.AlertSignatures;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.amicus.states.StatesDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The campaign feature of the website: an alert's page, in the reader's language, where supporters
 * sign (a petition, or a joint letter for their member organisation) or write to the official.
 * A submission answers 200 when taken, 422 with the problems beside the fields, 429 when the
 * address or network has had its share. A filled honeypot field gets the thanks page and nothing is kept.
 */
@Controller
@RequestMapping("/act")
class ActionPages {

    /** The form as typed, to show it again with its problems. */
    record Form(String name, String email, String country, String organisation, Boolean consent, Boolean showName, String subject,
            String body, String delivery) {
    }

    private static final int LISTED = 100;

    private final Alerts alerts;
    private final AlertSignatures signatures;
    private final LetterBox letters;
    private final AbuseGuard guard;
    private final StatesDirectory states;

    ActionPages(Alerts alerts, AlertSignatures signatures, LetterBox letters, AbuseGuard guard, StatesDirectory states) {
        this.alerts = alerts;
        this.signatures = signatures;
        this.letters = letters;
        this.guard = guard;
        this.states = states;
    }

    @GetMapping("/{slug}")
    String page(@PathVariable String slug, Model model) {
        Alert a = alerts.visible(slug);
        Alert.Text t = a.text(language());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form(null, null, null, null, false, false, t.letterSubject(), t.letterText(), "SEND"));
        }
        model.addAttribute("alert", a);
        model.addAttribute("text", t);
        model.addAttribute("stamp", guard.stamp(slug));
        model.addAttribute("count", a.kind() == Alert.Kind.LETTER ? letters.count(a.id()) : signatures.count(a.id()));
        model.addAttribute("signatories", signatures.listed(a.id(), LISTED));
        model.addAttribute("states", states.states());
        return "campaigns/act";
    }

    @PostMapping("/{slug}")
    String submit(@PathVariable String slug, Form form, @RequestParam(required = false) String stamp,
            @RequestParam(required = false) String website, HttpServletRequest request, HttpServletResponse response, Model model) {
        Alert a = alerts.visible(slug);
        model.addAttribute("alert", a);
        model.addAttribute("text", a.text(language()));
        if (website != null && !website.isEmpty()) {
            return "campaigns/act-done";
        }
        if (!guard.admit(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("problems", java.util.List.of(new RejectedInput.Problem(0, "alert", "alerts.tooMany")));
            return "campaigns/act-done";
        }
        try {
            guard.checkStamp(slug, stamp);
            if (a.kind() == Alert.Kind.LETTER) {
                model.addAttribute("letter", letters.write(a, new LetterBox.Draft(form.name(), form.email(), form.country(), form.subject(),
                        form.body(), form.delivery()), language()));
            } else {
                model.addAttribute("result", signatures.sign(a, new AlertSignatures.Signing(form.name(), form.email(), form.country(),
                        form.organisation(), Boolean.TRUE.equals(form.consent()), Boolean.TRUE.equals(form.showName())), language()));
            }
            return "campaigns/act-done";
        } catch (RejectedInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", form);
            return page(slug, model);
        }
    }

    @GetMapping("/confirm/{token}")
    String confirm(@PathVariable String token, Model model) {
        String slug = signatures.confirm(token).orElseThrow(() -> new NotFound("alerts.badLink"));
        Alert a = alerts.visible(slug);
        model.addAttribute("alert", a);
        model.addAttribute("text", a.text(language()));
        model.addAttribute("confirmed", true);
        return "campaigns/act-done";
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
