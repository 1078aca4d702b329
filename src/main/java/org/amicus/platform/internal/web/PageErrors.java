package org.amicus.platform.internal.web;

import org.amicus.platform.NotFound;
import org.amicus.platform.RejectedInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Input a page cannot use (a hand-edited filter, an impossible date) and a record that does not
 * exist (an unknown slug or code) get the error page, in the reader's language.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final PageModel page;

    PageErrors(PageModel page) {
        this.page = page;
    }

    @ExceptionHandler(RejectedInput.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView rejected(RejectedInput e, jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView view = errorPage(400, request);
        view.addObject("rejected", e.problems());
        return view;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFound e, jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView view = errorPage(404, request);
        view.addObject("detailCode", e.getDetailMessageCode());
        view.addObject("detailArgs", e.getDetailMessageArguments());
        return view;
    }

    private ModelAndView errorPage(int status, jakarta.servlet.http.HttpServletRequest request) {
        ModelAndView view = new ModelAndView("error");
        // Exception handlers skip the @ModelAttribute methods that the layout relies on.
        view.addObject("language", page.language());
        view.addObject("languageLinks", page.languageLinks(request));
        view.addObject("sharing", page.sharing(request));
        view.addObject("unknownLanguage", page.unknownLanguage(request));
        view.addObject("status", status);
        return view;
    }
}
