package org.amicus.platform;

import java.io.Serializable;
import java.util.List;

/**
 * Input that breaks a rule of the record. Carries every problem found, each with a message code
 * so that the user reads it in their own language: as field errors in a form, as a problem-details
 * response in the API, line by line in an import.
 */
public class RejectedInput extends RuntimeException {

    /**
     * One problem: where (line of an import, or 0), which field, and the message code and arguments.
     * Serializable because forms carry problems across a redirect in the session, which is stored in
     * the database.
     */
    public record Problem(int line, String field, String code, Object... args) implements Serializable {
    }

    private final List<Problem> problems;

    public RejectedInput(List<Problem> problems) {
        super(problems.isEmpty() ? "rejected" : problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    public RejectedInput(String field, String code, Object... args) {
        this(List.of(new Problem(0, field, code, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Puts each problem beside the form field it concerns, or above the form when no field matches. */
    public void bindTo(org.springframework.validation.Errors errors) {
        for (Problem p : problems) {
            if (p.field() != null && isField(errors, p.field())) {
                errors.rejectValue(p.field(), p.code(), p.args(), p.code());
            } else {
                errors.reject(p.code(), p.args(), p.code());
            }
        }
    }

    private static boolean isField(org.springframework.validation.Errors errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
