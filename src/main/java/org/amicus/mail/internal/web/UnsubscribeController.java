package org.amicus.mail.internal.web;

import org.amicus.mail.internal.Signatures;
import org.amicus.mail.internal.feedback.Feedback;
import org.amicus.platform.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Unsubscribe in one click, without signing in: the signed token in the link names the recipient.
 * POST is RFC 8058's one-click request (a mail client sends "List-Unsubscribe=One-Click") and the
 * page's button alike; the path is exempt from CSRF because the token is the authentication. GET only
 * shows the button, so that link scanners that open every URL unsubscribe nobody. Pages are in the
 * recipient's language, not the site's.
 */
@Controller
@RequestMapping("/mail/unsubscribe/{token}")
class UnsubscribeController {

    private final Signatures signatures;
    private final Feedback feedback;
    private final JdbcClient jdbc;

    UnsubscribeController(Signatures signatures, Feedback feedback, JdbcClient jdbc) {
        this.signatures = signatures;
        this.feedback = feedback;
        this.jdbc = jdbc;
    }

    @GetMapping
    String confirm(@PathVariable String token, @RequestParam(required = false) String lang, Model model) {
        var recipient = signatures.recipientOfUnsubscribeToken(token);
        if (recipient.isEmpty()) {
            return "mail/unsubscribe-invalid";
        }
        if (lang == null) {
            return "redirect:/mail/unsubscribe/" + token + "?lang=" + language(recipient.get()).code();
        }
        model.addAttribute("token", token);
        model.addAttribute("lang", language(recipient.get()).code());
        return "mail/unsubscribe";
    }

    @PostMapping
    Object unsubscribe(@PathVariable String token, @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            Model model) {
        var recipient = signatures.recipientOfUnsubscribeToken(token);
        if (recipient.isEmpty() || !feedback.unsubscribe(recipient.get())) {
            return oneClick != null ? ResponseEntity.status(HttpStatus.NOT_FOUND).build() : "mail/unsubscribe-invalid";
        }
        if (oneClick != null) {
            return ResponseEntity.ok().build();
        }
        return "redirect:/mail/unsubscribe/" + token + "/done?lang=" + language(recipient.get()).code();
    }

    @GetMapping("/done")
    String done() {
        return "mail/unsubscribed";
    }

    private Language language(long recipientId) {
        return jdbc.sql("select language from mail_recipient where id = ?").param(recipientId).query(String.class).optional()
            .flatMap(Language::fromCode).orElse(Language.EN);
    }
}
