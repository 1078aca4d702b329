package org.amicus.platform.internal.users;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }
}
