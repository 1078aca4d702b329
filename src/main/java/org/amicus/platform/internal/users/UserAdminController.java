package org.amicus.platform.internal.users;

import jakarta.validation.Valid;

import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.internal.security.Accounts;
import org.amicus.platform.internal.security.AppUser;
import org.amicus.platform.internal.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage users and their roles. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final Accounts accounts;

    UserAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.all());
        return "platform/users";
    }

    @GetMapping("/new")
    String newForm(@ModelAttribute("form") UserForm form) {
        return "platform/user-form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, RedirectAttributes flash) {
        if (result.hasErrors()) {
            return "platform/user-form";
        }
        try {
            String password = accounts.create(form.getUsername(), form.getDisplayName(), form.getEmail(),
                    form.getPreferredLanguage(), form.getRoles());
            flash.addFlashAttribute("oneTimePassword", password);
            flash.addFlashAttribute("oneTimeUser", form.getUsername());
            return "redirect:/admin/users";
        } catch (RejectedInput e) {
            e.bindTo(result);
            return "platform/user-form";
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        AppUser user = accounts.get(id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setEmail(user.email());
        form.setPreferredLanguage(user.preferredLanguage());
        form.setEnabled(user.enabled());
        form.setRoles(user.roles());
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        return "platform/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        model.addAttribute("user", accounts.get(id));
        if (result.hasErrors()) {
            return "platform/user-form";
        }
        try {
            accounts.update(id, form.getDisplayName(), form.getEmail(), form.getPreferredLanguage(), form.isEnabled(),
                    form.getRoles());
        } catch (RejectedInput e) {
            e.bindTo(result);
            return "platform/user-form";
        }
        flash.addFlashAttribute("notice", "user.saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute("oneTimePassword", accounts.resetPassword(id));
        flash.addFlashAttribute("oneTimeUser", accounts.get(id).username());
        return "redirect:/admin/users";
    }
}
