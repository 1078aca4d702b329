package org.amicus.court.internal.web;

import java.util.HashMap;
import java.util.Map;

import org.amicus.court.internal.questionnaire.Invitation;
import org.amicus.court.internal.questionnaire.Questionnaires;
import org.amicus.platform.Forms;
import org.amicus.platform.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * A candidate's questionnaire behind their personal link. The first visit asks for the address the
 * link was sent to; the session then remembers that this link was confirmed. Answers are saved as
 * often as the candidate likes, then submitted (published) or the questionnaire declined.
 */
@Controller
@RequestMapping("/questionnaire/{secret}")
class QuestionnairePages {

    private static final String CONFIRMED = "court.confirmedInvitation";

    private final Questionnaires questionnaires;

    QuestionnairePages(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping
    String show(@PathVariable String secret, HttpSession session, Model model) {
        Invitation i = questionnaires.open(secret);
        var candidate = questionnaires.candidateOf(i);
        model.addAttribute("secret", secret);
        model.addAttribute("invitation", i);
        if (!Long.valueOf(i.id()).equals(session.getAttribute(CONFIRMED))) {
            return "court/questionnaire-confirm";
        }
        model.addAttribute("candidate", candidate);
        model.addAttribute("questions", questionnaires.questions(candidate.electionId()));
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", questionnaires.answers(candidate.id()));
        }
        model.addAttribute("language", Language.of(LocaleContextHolder.getLocale()));
        return "court/questionnaire";
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable String secret, @RequestParam(required = false) String email, HttpSession session,
            RedirectAttributes flash, Model model) {
        return Forms.submit(() -> {
            questionnaires.confirm(secret, email);
            session.setAttribute(CONFIRMED, questionnaires.open(secret).id());
            return "redirect:/questionnaire/" + secret;
        }, "court.notice.confirmed", flash, model, () -> show(secret, session, model));
    }

    @PostMapping
    String save(@PathVariable String secret, @RequestParam Map<String, String> form, HttpSession session, RedirectAttributes flash,
            Model model) {
        Invitation i = questionnaires.open(secret);
        if (!Long.valueOf(i.id()).equals(session.getAttribute(CONFIRMED))) {
            return "redirect:/questionnaire/" + secret;
        }
        Map<Long, String> answers = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("q") && k.substring(1).chars().allMatch(Character::isDigit) && k.length() > 1) {
                answers.put(Long.valueOf(k.substring(1)), v);
            }
        });
        String action = form.getOrDefault("action", "save");
        if ("decline".equals(action)) {
            questionnaires.decline(secret);
            return "redirect:/questionnaire/" + secret + "/done?declined";
        }
        boolean submit = "submit".equals(action);
        model.addAttribute("answers", answers);
        return Forms.submit(() -> {
            questionnaires.save(secret, answers, submit);
            return submit ? "redirect:/questionnaire/" + secret + "/done" : "redirect:/questionnaire/" + secret;
        }, submit ? "court.notice.submitted" : "court.notice.saved", flash, model, () -> show(secret, session, model));
    }

    @GetMapping("/done")
    String done(@PathVariable String secret, @RequestParam(required = false) String declined, Model model) {
        model.addAttribute("declined", declined != null);
        return "court/questionnaire-done";
    }
}
