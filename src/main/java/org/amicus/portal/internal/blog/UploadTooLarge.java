package org.amicus.portal.internal.blog;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file larger than the server takes at all (spring.servlet.multipart) is refused before any page
 * sees it: a reader of the pages gets the error page in their language saying so, not a server error.
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e; // the API's own error handling answers with problem details
        }
        ModelAndView view = new ModelAndView("error");
        view.addObject("language", Language.of(LocaleContextHolder.getLocale()));
        view.addObject("languageLinks", List.of());
        view.addObject("status", 413);
        view.addObject("rejected", List.of(new RejectedInput.Problem(0, "image", "insitu.upload.tooLarge")));
        return view;
    }
}
