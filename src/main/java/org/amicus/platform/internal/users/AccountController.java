package org.amicus.platform.internal.users;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.amicus.platform.internal.security.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's own account: changing the password. */
@Controller
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("form") PasswordForm form) {
        return "platform/password";
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Authentication auth,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        if (!result.hasFieldErrors("replacement") && !form.getReplacement().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "password.mismatch");
        }
        if (!result.hasFieldErrors("replacement") && form.getReplacement().equalsIgnoreCase(auth.getName())) {
            result.rejectValue("replacement", "password.sameAsUsername");
        }
        if (!result.hasErrors() && !accounts.changePassword(auth.getName(), form.getCurrent(), form.getReplacement(),
                request, response)) {
            result.rejectValue("current", "password.currentWrong");
        }
        if (result.hasErrors()) {
            return "platform/password";
        }
        flash.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
