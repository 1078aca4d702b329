package org.amicus.platform;

import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a staff form answers: after a change, a redirect with a notice; after refused input, the form again with its problems. */
public final class Forms {

    private Forms() {
    }

    /**
     * Runs {@code change}, which returns the view to go to (a redirect). If it is refused, the
     * problems go into the model (the layout lists them) and {@code formAgain} renders the form with what was typed.
     */
    public static String submit(Supplier<String> change, String notice, RedirectAttributes flash, Model model,
            Supplier<String> formAgain) {
        try {
            String next = change.get();
            flash.addFlashAttribute("notice", notice);
            return next;
        } catch (RejectedInput e) {
            model.addAttribute("problems", e.problems());
            return formAgain.get();
        }
    }
}
