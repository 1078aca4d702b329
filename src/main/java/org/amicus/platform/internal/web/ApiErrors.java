package org.amicus.platform.internal.web;

import java.util.List;
import java.util.Map;

import org.amicus.platform.RejectedInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details in the caller's language. Rejected input
 * lists every problem with its line and field; anything unexpected is logged and answered
 * without internals.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(RejectedInput.class)
    ResponseEntity<ProblemDetail> rejected(RejectedInput e) {
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = e.problems().stream().map(p -> {
            var m = new java.util.LinkedHashMap<String, Object>();
            if (p.line() > 0) {
                m.put("line", p.line());
            }
            m.put("field", p.field());
            m.put("message", messages.getMessage(p.code(), p.args(), p.code(), locale));
            return (Map<String, Object>) m;
        }).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.rejected", new Object[] { errors.size() }, locale));
        problem.setTitle(messages.getMessage("error.title.400", null, locale));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in the API", e);
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("error.unexpected", null, locale));
        problem.setTitle(messages.getMessage("error.title.500", null, locale));
        return ResponseEntity.internalServerError().body(problem);
    }
}
